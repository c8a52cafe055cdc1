import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLabels } from '../../hooks/useDeskLabels';
import { serviceDeskTranslationRef } from '../../translation';
import { PersonLink } from '../PersonPicker';
import { FieldRow, RefOrDash } from './FieldRow';
import { HandlingFields } from './HandlingFields';

/** What was reported and how, then how the desk has handled it. */
export function TicketFields(props: { ticket: Ticket }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const labels = useDeskLabels();
  const { ticket } = props;
  return (
    <Grid container spacing={1}>
      <FieldRow label={t('ticket.fields.kind')}>
        {t(`kinds.${ticket.kind}`)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.priority')}>
        {labels.priority(ticket)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.category')}>
        {labels.category(ticket.category)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.entity')}>
        <RefOrDash entityRef={ticket.entityRef} />
      </FieldRow>
      <FieldRow label={t('ticket.fields.reporter')}>
        {ticket.reporter.name} {ticket.reporter.phone}{' '}
        {ticket.reporter.organisation}{' '}
        {ticket.reporter.userRef && (
          <PersonLink person={ticket.reporter.userRef} />
        )}
      </FieldRow>
      <FieldRow label={t('ticket.fields.channel')}>
        {t(`channels.${ticket.channel}`)}
      </FieldRow>
      {ticket.occurredAt && (
        <FieldRow label={t('ticket.fields.occurredAt')}>
          {formatTime(ticket.occurredAt, timeZone)}
        </FieldRow>
      )}
      {ticket.occurredAtClaimed && !ticket.occurredAt && (
        <FieldRow label={t('ticket.fields.occurredAtClaimed')}>
          {formatTime(ticket.occurredAtClaimed, timeZone)}
        </FieldRow>
      )}
      {ticket.notifiedAt && (
        <FieldRow label={t('ticket.fields.notifiedAt')}>
          {formatTime(ticket.notifiedAt, timeZone)}
        </FieldRow>
      )}
      <HandlingFields ticket={ticket} />
    </Grid>
  );
}
