import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterChange } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatClock, serverMessage } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { ChangeRest } from './ChangeRest';
import { usePersonNames } from './usePersonNames';
import { useRosterRequest } from './useRosterRequest';

/**
 * The IT department manager's queue (§8.6): every change of half a day or more still undecided,
 * whatever week it falls in. A decision reloads the queue and, through `onDecided`, the roster.
 */
export function PendingChanges(props: { onDecided: () => void }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const pending = useAsyncRetry(() => api.listPendingRosterChanges(), [api]);
  // One catalog look-up for the whole queue rather than one per change.
  const name = usePersonNames([
    ...new Set(
      (pending.value?.items ?? []).flatMap(c => [
        c.holder,
        c.replacement,
        c.requestedBy,
      ]),
    ),
  ]);
  const decided = () => {
    pending.retry();
    props.onDecided();
  };
  return (
    <InfoCard title={t('roster.approvals.title')}>
      {pending.error && (
        <Alert severity="error">{serverMessage(pending.error)}</Alert>
      )}
      {pending.value?.items.length === 0 && (
        <Typography>{t('roster.approvals.none')}</Typography>
      )}
      {pending.value?.items.map(change => (
        <PendingChange
          key={change.id}
          change={change}
          name={name}
          onDecided={decided}
        />
      ))}
    </InfoCard>
  );
}

function PendingChange(props: {
  change: RosterChange;
  name: (ref?: string) => string;
  onDecided: () => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const { change, name } = props;
  const [note, setNote] = useState('');
  const { busy, error, run } = useRosterRequest();

  const decide = (approve: boolean) =>
    run(async () => {
      await api.decideRosterChange(
        change.id,
        note.trim() ? { approve, note: note.trim() } : { approve },
      );
      props.onDecided();
    });

  return (
    <Box
      py={1}
      borderBottom={1}
      borderColor="divider"
      data-testid={`pending-${change.id}`}
    >
      <Typography variant="body2">
        {t('roster.approvals.summary', {
          kind: t(`roster.kinds.${change.kind}`),
          date: change.date,
          start: formatClock(change.start, timeZone),
          end: formatClock(change.end, timeZone),
          holder: name(change.holder),
          replacement: name(change.replacement),
          type: t(`roster.changeTypes.${change.type}`),
        })}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('roster.approvals.requested', {
          who: name(change.requestedBy),
          reason: change.reason,
        })}
      </Typography>
      {change.rest && <ChangeRest rest={change.rest} />}
      {error && <Alert severity="error">{error}</Alert>}
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <TextField
          margin="dense"
          label={t('roster.approvals.note')}
          value={note}
          onChange={e => setNote(e.target.value)}
          inputProps={{ 'aria-label': t('roster.approvals.note') }}
        />
        <Button
          color="primary"
          variant="contained"
          disabled={busy}
          onClick={() => decide(true)}
        >
          {t('roster.approvals.approve')}
        </Button>
        <Button disabled={busy} onClick={() => decide(false)}>
          {t('roster.approvals.refuse')}
        </Button>
      </Box>
    </Box>
  );
}
