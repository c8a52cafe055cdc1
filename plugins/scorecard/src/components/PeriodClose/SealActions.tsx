import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { PeriodClose } from '@internal/plugin-service-desk-common';
import { Me } from '@internal/plugin-service-desk-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { ScorecardReport } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { scorecardTranslationRef } from '../../translation';
import { ReasonDialog, useStep } from '../ReasonDialog';

type Asking = 'submit' | 'return' | 'unseal';

/**
 * The step each role may take next, by the roles the policy grants them to
 * (scorecardSealSubmitPermission to the lead, scorecardSealDecidePermission to the manager): the
 * lead submits an ended open period; a manager other than the one who submitted it approves or
 * returns it, and a manager unseals a sealed one.
 */
export function SealActions(props: {
  report: ScorecardReport;
  close: PeriodClose;
  me?: Me;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const api = useApi(scorecardApiRef);
  const { report, close, me } = props;
  const [asking, setAsking] = useState<Asking>();
  const step = useStep(props.onChanged);
  const period = text.periodName(report.period.kind, report.period.label);
  const isLead = !!me?.roles.includes('lead');
  const isManager = !!me?.roles.includes('manager');
  const ended = Date.parse(report.period.end) <= Date.now();
  const requestId = close.request?.id;
  const sealId = close.seal?.id;

  const confirm = async (value: string) => {
    const sent = await step.run(() => {
      switch (asking) {
        case 'submit':
          return api.submitForSealing({
            kind: report.period.kind,
            period: report.period.label,
            ...(value ? { note: value } : {}),
          });
        case 'return':
          return api.decideSealing(requestId!, {
            approve: false,
            reason: value,
          });
        default:
          return api.unseal(sealId!, value);
      }
    });
    if (sent) setAsking(undefined);
  };
  const ask = (next: Asking) => {
    step.clear();
    setAsking(next);
  };

  const buttons: JSX.Element[] = [];
  if (isLead && close.status === 'open' && ended)
    buttons.push(
      <Button
        key="submit"
        color="primary"
        variant="contained"
        onClick={() => ask('submit')}
      >
        {t('closing.actions.submit')}
      </Button>,
    );
  const submitter = close.request?.submittedBy === me?.userRef;
  if (isManager && close.status === 'submitted' && requestId && !submitter)
    buttons.push(
      <Button
        key="approve"
        color="primary"
        variant="contained"
        disabled={step.busy}
        onClick={() =>
          step.run(() => api.decideSealing(requestId, { approve: true }))
        }
      >
        {t('closing.actions.approve')}
      </Button>,
      <Button key="return" variant="outlined" onClick={() => ask('return')}>
        {t('closing.actions.return')}
      </Button>,
    );
  if (isManager && close.status === 'sealed' && sealId)
    buttons.push(
      <Button key="unseal" variant="outlined" onClick={() => ask('unseal')}>
        {t('closing.actions.unseal')}
      </Button>,
    );

  return (
    <>
      {isLead && close.status === 'open' && !ended && (
        <Typography variant="body2" color="textSecondary">
          {t('closing.running')}
        </Typography>
      )}
      {buttons.length > 0 && (
        <Box display="flex" style={{ gap: 8 }} mt={1}>
          {buttons}
        </Box>
      )}
      {!asking && step.error && (
        <Typography color="error" role="alert">
          {step.error}
        </Typography>
      )}
      {asking && (
        <ReasonDialog
          title={t(`closing.dialog.${asking}Title`, { period })}
          help={t(`closing.dialog.${asking}Help`)}
          label={t(
            asking === 'submit'
              ? 'closing.dialog.note'
              : 'closing.dialog.reason',
          )}
          confirm={t(`closing.actions.${asking}`)}
          required={asking !== 'submit'}
          busy={step.busy}
          error={step.error}
          onConfirm={confirm}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </>
  );
}
