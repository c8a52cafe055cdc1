import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket } from '@internal/plugin-service-desk-common';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { FieldRow, PersonOrDash } from './FieldRow';

/**
 * Who accepted, routed, worked on and closed the ticket. Its version is the optimistic lock the
 * actions send back, not something people read, so it is not shown.
 */
export function HandlingFields(props: { ticket: Ticket }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const { ticket } = props;
  return (
    <>
      <FieldRow label={t('ticket.fields.acceptedAt')}>
        {formatTime(ticket.acceptedAt, timeZone)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.acceptedBy')}>
        <PersonOrDash person={ticket.acceptedBy} />
      </FieldRow>
      <FieldRow label={t('ticket.fields.projectManager')}>
        <PersonOrDash person={ticket.projectManagerRef} />
      </FieldRow>
      <FieldRow label={t('ticket.fields.routing')}>
        {t(`routingSources.${ticket.routingSource}`)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.assignee')}>
        <PersonOrDash person={ticket.assigneeRef} />
      </FieldRow>
      {ticket.resolution && (
        <FieldRow label={t('ticket.fields.resolution')}>
          {ticket.resolution}
        </FieldRow>
      )}
      {ticket.satisfaction && (
        <FieldRow label={t('ticket.fields.satisfaction')}>
          {t(`ratings.${ticket.satisfaction}`)}
        </FieldRow>
      )}
      {ticket.closedAt && (
        <FieldRow label={t('ticket.fields.closedAt')}>
          {formatTime(ticket.closedAt, timeZone)}
        </FieldRow>
      )}
    </>
  );
}
