import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { shortRef } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';
import { ActionFormState } from './useActionForm';
import { useCandidates } from './useCandidates';

/** The project manager a dispatch goes to, or the person an assignment hands the ticket to. */
export function HandOverFields(props: {
  ticket: Ticket;
  action: TicketAction;
  form: Pick<ActionFormState, 'needs' | 'fields' | 'set'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { needs, fields, set } = props.form;
  const candidates = useCandidates(props.ticket, props.action);
  const assigneeLabel =
    props.action === 'assign'
      ? t('ticket.form.engineer')
      : t('ticket.form.techSupport');
  return (
    <>
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
          label={assigneeLabel}
          value={fields.assigneeRef ?? ''}
          onChange={set('assigneeRef')}
          inputProps={{ 'aria-label': assigneeLabel }}
        >
          {(candidates.value ?? []).map(ref => (
            <MenuItem key={ref} value={ref}>
              {shortRef(ref)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
}
