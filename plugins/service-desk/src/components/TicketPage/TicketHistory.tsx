import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DispatchRejectionReason,
  SatisfactionRating,
  TicketAction,
  TicketEvent,
} from '@internal/plugin-service-desk-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { formatTime, shortRef } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';

/** The append-only history as a timeline, oldest first. */
export function TicketHistory(props: {
  events: TicketEvent[];
  timeZone: string;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  return (
    <List dense aria-label={t('ticket.history')}>
      {props.events.map(e => {
        const data = (e.data ?? {}) as Record<string, unknown>;
        const details = [
          e.fromState && e.fromState !== e.toState
            ? `${t(`states.${e.fromState}`)} → ${t(`states.${e.toState}`)}`
            : undefined,
          typeof data.assigneeRef === 'string'
            ? `→ ${shortRef(data.assigneeRef)}`
            : undefined,
          typeof data.rating === 'string'
            ? t(`ratings.${data.rating as SatisfactionRating}`)
            : undefined,
          typeof data.reason === 'string'
            ? t(`reasons.${data.reason as DispatchRejectionReason}`)
            : undefined,
          typeof data.resolution === 'string' ? data.resolution : undefined,
          typeof data.notifiedWhom === 'string'
            ? t('ticket.historyNotified', { whom: data.notifiedWhom })
            : undefined,
          typeof data.occurredAt === 'string'
            ? t('ticket.historyOccurredAt', {
                from:
                  typeof data.previousOccurredAt === 'string'
                    ? formatTime(data.previousOccurredAt, props.timeZone)
                    : '—',
                to: formatTime(data.occurredAt, props.timeZone),
              })
            : undefined,
        ].filter(Boolean);
        return (
          <ListItem key={e.id} divider data-testid="history-event">
            <ListItemText
              primary={
                <>
                  <Typography
                    component="span"
                    variant="body2"
                    color="textSecondary"
                  >
                    {formatTime(e.at, props.timeZone)}{' '}
                  </Typography>
                  <strong>
                    {t(`actions.${e.action as TicketAction | 'open'}`)}
                  </strong>{' '}
                  · <EntityRefLink entityRef={e.actorRef} hideIcon />
                </>
              }
              secondary={
                [...details, e.comment].filter(Boolean).join(' · ') || undefined
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
