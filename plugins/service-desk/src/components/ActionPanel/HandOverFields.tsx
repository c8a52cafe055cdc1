import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import { serviceDeskTranslationRef } from '../../translation';
import { PersonPicker } from '../PersonPicker';
import { ActionFormState } from './useActionForm';
import { useCandidates } from './useCandidates';

/** The project manager a dispatch goes to, or the person an assignment hands the ticket to. */
export function HandOverFields(props: {
  ticket: Ticket;
  action: TicketAction;
  form: Pick<ActionFormState, 'needs' | 'fields' | 'setFields'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { needs, fields, setFields } = props.form;
  const offered = useCandidates(props.ticket, props.action);
  const choose =
    (key: 'projectManagerRef' | 'assigneeRef') => (ref: string | null) =>
      setFields(f => ({ ...f, [key]: ref ?? undefined }));
  return (
    <>
      {needs.includes('projectManagerRef') && (
        <PersonPicker
          id="action-projectManager"
          label={t('ticket.form.projectManager')}
          value={fields.projectManagerRef ?? null}
          onChange={choose('projectManagerRef')}
          {...offered.projectManager}
        />
      )}
      {needs.includes('assigneeRef') && (
        <PersonPicker
          id="action-assignee"
          required
          label={
            props.action === 'assign'
              ? t('ticket.form.engineer')
              : t('ticket.form.techSupport')
          }
          value={fields.assigneeRef ?? null}
          onChange={choose('assigneeRef')}
          {...offered.assignee}
        />
      )}
    </>
  );
}
