import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DISPATCH_REJECTION_REASONS,
  Ticket,
  TicketAction,
} from '@internal/plugin-service-desk-common';
import { DeskDateTimeField } from '@internal/plugin-service-desk-react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { ChangeEvent } from 'react';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { ActionFields } from './actionFields';
import { CallbackFields } from './CallbackFields';
import { HandOverFields } from './HandOverFields';
import { NotificationFields } from './NotificationFields';
import { RadioChoice } from './RadioChoice';
import { useActionForm } from './useActionForm';

type Reason = (typeof DISPATCH_REJECTION_REASONS)[number];

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
  const form = useActionForm(ticket, action, props.onSubmit);
  const { needs, fields, set } = form;

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
        <HandOverFields ticket={ticket} action={action} form={form} />
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
          <RadioChoice
            label={t('ticket.form.reason')}
            value={fields.reason}
            onChange={set('reason')}
            options={DISPATCH_REJECTION_REASONS}
            render={r => t(`reasons.${r as Reason}`)}
          />
        )}
        {needs.includes('rating') && (
          <CallbackFields reporter={ticket.reporter} form={form} />
        )}
        {needs.includes('occurredAt') && (
          <DeskDateTimeField
            fullWidth
            required
            margin="dense"
            id="action-occurredAt"
            label={t('ticket.form.occurredAt', { zone: timeZone })}
            value={fields.occurredAt ?? ''}
            onChange={text =>
              set('occurredAt')({ target: { value: text } } as ChangeEvent<{
                value: unknown;
              }>)
            }
            timeZone={timeZone}
            invalidText={t('dateField.invalidDateTime', { zone: timeZone })}
          />
        )}
        <NotificationFields ticket={ticket} action={action} form={form} />
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
          onClick={form.submit}
          color="primary"
          variant="contained"
          disabled={form.busy || form.missing}
        >
          {t('ticket.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
