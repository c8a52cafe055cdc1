import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { ScoreLine } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useId, useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { useScoreText } from '../../hooks/useScoreText';
import { scorecardTranslationRef } from '../../translation';
import { ReasonDialog, useStep } from '../ReasonDialog';
import {
  ReportAppeals,
  standingAppeal,
  useReportAppeals,
} from './reportAppeals';

/** The lead's "Appeal" beside a line, and the dialog that files it: a reason, a link if any. */
function FileAppeal(props: {
  line: ScoreLine & { key: string };
  lineText: string;
  appeals: ReportAppeals;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const api = useApi(scorecardApiRef);
  const { line, lineText, appeals } = props;
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const linkId = useId();
  const step = useStep(appeals.onFiled);
  const file = async (reason: string) => {
    const evidenceLink = link.trim();
    const filed = await step.run(() =>
      api.fileAppeal({
        kind: appeals.period.kind,
        period: appeals.period.label,
        deductionKey: line.key,
        reason,
        ...(evidenceLink ? { evidenceLink } : {}),
      }),
    );
    if (filed) setOpen(false);
  };
  return (
    <>
      <Button
        size="small"
        color="primary"
        aria-label={t('appeals.fileLine', { line: lineText })}
        onClick={() => {
          step.clear();
          setOpen(true);
        }}
      >
        {t('appeals.file')}
      </Button>
      {open && (
        <ReasonDialog
          title={t('appeals.dialog.fileTitle', {
            period: text.periodName(appeals.period.kind, appeals.period.label),
          })}
          help={t('appeals.dialog.fileHelp', { line: lineText })}
          label={t('appeals.dialog.reason')}
          confirm={t('appeals.file')}
          required
          busy={step.busy}
          error={step.error}
          onConfirm={file}
          onCancel={() => setOpen(false)}
        >
          <TextField
            id={linkId}
            label={t('appeals.dialog.evidenceLink')}
            type="url"
            value={link}
            onChange={e => setLink(e.target.value)}
            fullWidth
            margin="normal"
          />
        </ReasonDialog>
      )}
    </>
  );
}

/**
 * Beside a deduction line of a report with appeals: where its appeal stands, and for the lead
 * "Appeal" unless one is pending or accepted. Nothing outside such a report (no provider) or
 * for a line the backend did not name.
 */
export function LineAppeal(props: { line: ScoreLine; lineText: string }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const appeals = useReportAppeals();
  const { line } = props;
  if (!appeals || !line.key) return null;
  const standing = standingAppeal(appeals.appeals, line.key);
  const blocked = standing && standing.state !== 'rejected';
  return (
    <>
      {standing && standing.state !== 'accepted' && (
        <Typography
          variant="caption"
          color={standing.state === 'pending' ? 'primary' : 'textSecondary'}
          data-testid={`appeal-state-${standing.id}`}
        >
          {t(`appeals.line.${standing.state}`, { id: standing.id })}
        </Typography>
      )}
      {appeals.canFile && !blocked && (
        <FileAppeal
          line={{ ...line, key: line.key }}
          lineText={props.lineText}
          appeals={appeals}
        />
      )}
    </>
  );
}
