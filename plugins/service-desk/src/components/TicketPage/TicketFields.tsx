import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, categoryTitles } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { FieldRow, RefOrDash } from './FieldRow';
import { HandlingFields } from './HandlingFields';

/** What was reported and how, then how the desk has handled it. */
export function TicketFields(props: { ticket: Ticket }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone, categories } = useDeskConfig();
  const { ticket } = props;
  return (
    <Grid container spacing={1}>
      <FieldRow label={t('ticket.fields.kind')}>
        {t(`kinds.${ticket.kind}`)}
      </FieldRow>
      <FieldRow label={t('ticket.fields.priority')}>
        {`${ticket.priority} (${ticket.impact} × ${ticket.urgency})`}
      </FieldRow>
      <FieldRow label={t('ticket.fields.category')}>
        {categoryTitles(categories).get(ticket.category) ?? ticket.category}
      </FieldRow>
      <FieldRow label={t('ticket.fields.entity')}>
        <RefOrDash entityRef={ticket.entityRef} />
      </FieldRow>
      <FieldRow label={t('ticket.fields.reporter')}>
        {ticket.reporter.name} {ticket.reporter.phone}{' '}
        {ticket.reporter.organisation}{' '}
        {ticket.reporter.userRef && (
          <RefOrDash entityRef={ticket.reporter.userRef} />
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
