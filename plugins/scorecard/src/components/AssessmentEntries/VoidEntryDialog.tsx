import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useId, useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { AssessmentEntry } from '../../api/types';
import { scorecardTranslationRef } from '../../translation';

/**
 * Voids an entry. Nothing recorded is edited or deleted (SPEC §9): the correction is a new entry
 * of kind 'void' naming the old one. It carries the old entry's date so that it is listed in the
 * same period.
 */
export function VoidEntryDialog(props: {
  entry?: AssessmentEntry;
  onClose: (voided: boolean) => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const api = useApi(scorecardApiRef);
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const close = (voided: boolean) => {
    setReason('');
    setError(undefined);
    props.onClose(voided);
  };

  const confirm = async () => {
    if (!props.entry || !reason.trim()) return;
    setBusy(true);
    try {
      await api.createAssessmentEntry({
        kind: 'void',
        voidsId: props.entry.id,
        occurredAt: props.entry.occurredAt,
        description: reason.trim(),
      });
      close(true);
    } catch (e) {
      setError(t('entries.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={!!props.entry}
      onClose={() => close(false)}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>
        {props.entry && t('entries.voidTitle', { id: props.entry.id })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{props.entry?.description}</DialogContentText>
        <DialogContentText variant="body2">
          {t('entries.voidHelp')}
        </DialogContentText>
        <TextField
          id="scorecard-void-reason"
          label={t('entries.voidReason')}
          value={reason}
          onChange={e => setReason(e.target.value)}
          required
          fullWidth
          multiline
          // The dialog asks for this one thing; focus moves into it on opening, as the WAI-ARIA
          // dialog pattern has it.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        {error && (
          <Typography color="error" role="alert">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close(false)}>{t('entries.cancel')}</Button>
        <Button
          color="secondary"
          variant="contained"
          disabled={busy || !reason.trim()}
          onClick={confirm}
        >
          {t('entries.confirmVoid')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
