import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { serviceDeskTranslationRef } from '../../translation';
import { mayNotifyAlongside } from './actionFields';
import { ActionFormState } from './useActionForm';

/** Whom the desk told of an emergency: asked by notify, offered by a dispatch or resolve. */
export function NotificationFields(props: {
  ticket: Ticket;
  action: TicketAction;
  form: Pick<
    ActionFormState,
    'needs' | 'fields' | 'set' | 'toldAlongside' | 'setToldAlongside'
  >;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { needs, fields, set, toldAlongside, setToldAlongside } = props.form;
  return (
    <>
      {mayNotifyAlongside(props.ticket, props.action) && (
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
    </>
  );
}
