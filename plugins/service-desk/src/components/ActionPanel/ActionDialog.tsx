import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  DISPATCH_REJECTION_REASONS,
  SATISFACTION_RATINGS,
  Ticket,
  TicketAction,
} from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { DateTime } from 'luxon';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { shortRef } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';

export type ActionFields = {
  comment?: string;
  projectManagerRef?: string;
  assigneeRef?: string;
  resolution?: string;
  reason?: string;
  rating?: string;
  userConfirmed?: boolean;
  complaint?: boolean;
  notifiedWhom?: string;
  /** set_occurred_at: a local date-time in the desk's zone, sent as an ISO instant. */
  occurredAt?: string;
};

/** What each action asks for; everything else it needs is on the ticket already. */
const NEEDS: Record<TicketAction, Array<keyof ActionFields>> = {
  dispatch: ['projectManagerRef', 'notifiedWhom', 'comment'],
  resolve: ['resolution', 'notifiedWhom', 'comment'],
  assign: ['assigneeRef', 'comment'],
  assign_tech_support: ['assigneeRef', 'comment'],
  reject_dispatch: ['reason', 'comment'],
  return: ['comment'],
  confirm_completion: ['comment'],
  confirm: ['comment'],
  callback: ['rating', 'userConfirmed', 'complaint', 'comment'],
  close: ['comment'],
  notify: ['notifiedWhom', 'comment'],
  set_occurred_at: ['occurredAt', 'comment'],
  comment: ['comment'],
};

const REQUIRED: Partial<Record<TicketAction, Array<keyof ActionFields>>> = {
  resolve: ['resolution'],
  assign: ['assigneeRef'],
  assign_tech_support: ['assigneeRef'],
  reject_dispatch: ['reason', 'comment'],
  return: ['comment'],
  callback: ['rating'],
  set_occurred_at: ['occurredAt', 'comment'],
  comment: ['comment'],
};

/** A dispatch or resolve of an emergency may record the desk's notification in the same step. */
const NOTIFY_ALONGSIDE: readonly TicketAction[] = ['dispatch', 'resolve'];

const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm";

/** Candidates for the person an action hands the ticket to. */
function useCandidates(ticket: Ticket, action: TicketAction) {
  const api = useApi(serviceDeskApiRef);
  const catalogApi = useApi(catalogApiRef);
  const { techSupportGroups } = useDeskConfig();
  return useAsync(async (): Promise<string[]> => {
    if (action === 'assign') {
      return (await api.previewRouting(ticket.entityRef)).engineers;
    }
    if (action === 'assign_tech_support') {
      const { items } = await catalogApi.getEntities({
        filter: { kind: 'User', 'relations.memberOf': techSupportGroups },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      });
      return items.map(u =>
        `user:${u.metadata.namespace ?? 'default'}/${
          u.metadata.name
        }`.toLocaleLowerCase('en-US'),
      );
    }
    return [];
  }, [api, catalogApi, ticket.entityRef, action, techSupportGroups.join()]);
}

/** Asks for what one action needs, then takes it. */
export function ActionDialog(props: {
  ticket: Ticket;
  action: TicketAction;
  onCancel: () => void;
  onSubmit: (fields: ActionFields) => Promise<void>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { ticket, action } = props;
  const { timeZone } = useDeskConfig();
  // Whom the desk told is asked on a dispatch or resolve only once it ticks that it told anyone.
  const [toldAlongside, setToldAlongside] = useState(false);
  const alongside = NOTIFY_ALONGSIDE.includes(action);
  const needs = NEEDS[action].filter(
    k =>
      k !== 'notifiedWhom' ||
      (alongside
        ? ticket.emergency && !ticket.notifiedAt && toldAlongside
        : true),
  );
  const knownOccurredAt = ticket.occurredAt ?? ticket.occurredAtClaimed;
  const [fields, setFields] = useState<ActionFields>({
    projectManagerRef:
      action === 'dispatch' ? ticket.projectManagerRef : undefined,
    userConfirmed: action === 'callback' ? true : undefined,
    complaint: action === 'callback' ? false : undefined,
    occurredAt:
      action === 'set_occurred_at' && knownOccurredAt
        ? DateTime.fromISO(knownOccurredAt, { zone: timeZone }).toFormat(
            LOCAL_MINUTE,
          )
        : undefined,
  });
  const [busy, setBusy] = useState(false);
  const candidates = useCandidates(ticket, action);
  const set =
    (key: keyof ActionFields) => (e: React.ChangeEvent<{ value: unknown }>) =>
      setFields(f => ({ ...f, [key]: String(e.target.value) }));
  // Whom the desk told is asked only where it is needed (notify; a ticked dispatch or resolve).
  const missing = [
    ...(REQUIRED[action] ?? []),
    ...needs.filter(k => k === 'notifiedWhom'),
  ].some(k => !fields[k]);

  const submit = async () => {
    setBusy(true);
    try {
      const chosen: ActionFields = Object.fromEntries(
        Object.entries(fields).filter(
          ([k, v]) => needs.includes(k as keyof ActionFields) && v !== '',
        ),
      );
      if (chosen.occurredAt) {
        chosen.occurredAt = DateTime.fromISO(chosen.occurredAt, {
          zone: timeZone,
        })
          .toUTC()
          .toISO()!;
      }
      await props.onSubmit(chosen);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={props.onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby="action-dialog-title"
    >
      <DialogTitle id="action-dialog-title">
        {t(`actions.${action}`)}
      </DialogTitle>
      <DialogContent>
        {needs.includes('projectManagerRef') && (
          <TextField
            fullWidth
            margin="dense"
            id="action-projectManager"
            label={t('ticket.form.projectManager')}
            value={fields.projectManagerRef ?? ''}
            onChange={set('projectManagerRef')}
          />
        )}
        {needs.includes('assigneeRef') && (
          <TextField
            select
            fullWidth
            margin="dense"
            id="action-assignee"
            label={
              action === 'assign'
                ? t('ticket.form.engineer')
                : t('ticket.form.techSupport')
            }
            value={fields.assigneeRef ?? ''}
            onChange={set('assigneeRef')}
            inputProps={{
              'aria-label':
                action === 'assign'
                  ? t('ticket.form.engineer')
                  : t('ticket.form.techSupport'),
            }}
          >
            {(candidates.value ?? []).map(ref => (
              <MenuItem key={ref} value={ref}>
                {shortRef(ref)}
              </MenuItem>
            ))}
          </TextField>
        )}
        {needs.includes('resolution') && (
          <TextField
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            id="action-resolution"
            label={t('ticket.form.resolution')}
            value={fields.resolution ?? ''}
            onChange={set('resolution')}
          />
        )}
        {needs.includes('reason') && (
          <>
            <FormLabel>{t('ticket.form.reason')}</FormLabel>
            <RadioGroup value={fields.reason ?? ''} onChange={set('reason')}>
              {DISPATCH_REJECTION_REASONS.map(r => (
                <FormControlLabel
                  key={r}
                  value={r}
                  control={<Radio />}
                  label={t(`reasons.${r}`)}
                />
              ))}
            </RadioGroup>
          </>
        )}
        {needs.includes('rating') && (
          <>
            <FormLabel>{t('ticket.form.rating')}</FormLabel>
            <RadioGroup
              row
              value={fields.rating ?? ''}
              onChange={set('rating')}
            >
              {SATISFACTION_RATINGS.map(r => (
                <FormControlLabel
                  key={r}
                  value={r}
                  control={<Radio />}
                  label={t(`ratings.${r}`)}
                />
              ))}
            </RadioGroup>
            <FormControlLabel
              control={
                <Checkbox
                  checked={!!fields.userConfirmed}
                  onChange={e =>
                    setFields(f => ({ ...f, userConfirmed: e.target.checked }))
                  }
                />
              }
              label={t('ticket.form.userConfirmed')}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={!!fields.complaint}
                  onChange={e =>
                    setFields(f => ({ ...f, complaint: e.target.checked }))
                  }
                />
              }
              label={t('ticket.form.complaint')}
            />
          </>
        )}
        {needs.includes('occurredAt') && (
          <TextField
            fullWidth
            margin="dense"
            type="datetime-local"
            id="action-occurredAt"
            label={t('ticket.form.occurredAt', { zone: timeZone })}
            value={fields.occurredAt ?? ''}
            onChange={set('occurredAt')}
            InputLabelProps={{ shrink: true }}
          />
        )}
        {alongside && ticket.emergency && !ticket.notifiedAt && (
          <FormControlLabel
            control={
              <Checkbox
                checked={toldAlongside}
                onChange={e => setToldAlongside(e.target.checked)}
              />
            }
            label={t('ticket.form.notifiedAlongside')}
          />
        )}
        {needs.includes('notifiedWhom') && (
          <TextField
            fullWidth
            margin="dense"
            id="action-notifiedWhom"
            label={t('ticket.form.notifiedWhom')}
            value={fields.notifiedWhom ?? ''}
            onChange={set('notifiedWhom')}
          />
        )}
        <TextField
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          id="action-comment"
          label={
            action === 'set_occurred_at'
              ? t('ticket.form.changeReason')
              : t('ticket.form.comment')
          }
          value={fields.comment ?? ''}
          onChange={set('comment')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>{t('ticket.cancel')}</Button>
        <Button
          onClick={submit}
          color="primary"
          variant="contained"
          disabled={busy || missing}
        >
          {t('ticket.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
