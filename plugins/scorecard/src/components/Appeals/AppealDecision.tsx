import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Appeal } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { useScoreText } from '../../hooks/useScoreText';
import { scorecardTranslationRef } from '../../translation';
import { ReasonDialog, useStep } from '../ReasonDialog';

/** The manager's Accept and Reject of a pending appeal, each with the reason it needs. */
export function AppealDecision(props: {
  appeal: Appeal;
  onDecided: () => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const api = useApi(scorecardApiRef);
  const { appeal } = props;
  const [deciding, setDeciding] = useState<'accept' | 'reject'>();
  const step = useStep(props.onDecided);
  const decide = async (reason: string) => {
    const accept = deciding === 'accept';
    const sent = await step.run(() =>
      api.decideAppeal(appeal.id, { accept, reason }),
    );
    if (sent) setDeciding(undefined);
  };
  const ask = (next: 'accept' | 'reject') => {
    step.clear();
    setDeciding(next);
  };
  return (
    <>
      <Box display="flex" style={{ gap: 8 }}>
        <Button
          size="small"
          variant="contained"
          color="primary"
          onClick={() => ask('accept')}
        >
          {t('appeals.actions.accept')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => ask('reject')}>
          {t('appeals.actions.reject')}
        </Button>
      </Box>
      {!deciding && step.error && (
        <Typography color="error" role="alert">
          {step.error}
        </Typography>
      )}
      {deciding && (
        <ReasonDialog
          title={t(`appeals.dialog.${deciding}Title`, { id: appeal.id })}
          help={t(`appeals.dialog.${deciding}Help`, {
            points: text.points(appeal.points),
          })}
          label={t('appeals.dialog.decisionReason')}
          confirm={t(`appeals.actions.${deciding}`)}
          required
          busy={step.busy}
          error={step.error}
          onConfirm={decide}
          onCancel={() => setDeciding(undefined)}
        />
      )}
    </>
  );
}
