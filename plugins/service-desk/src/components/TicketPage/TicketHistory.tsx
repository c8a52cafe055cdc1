import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DispatchRejectionReason,
  RoutingSource,
  SatisfactionRating,
  TicketAction,
  TicketEvent,
} from '@internal/plugin-service-desk-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Fragment, ReactNode } from 'react';
import { formatTime } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';
import { PersonLink } from '../PersonPicker';

type EventData = {
  assigneeRef?: unknown;
  routing?: { projectManagerRef?: string; source?: RoutingSource };
  rating?: unknown;
  reason?: unknown;
  resolution?: unknown;
  notifiedWhom?: unknown;
  occurredAt?: unknown;
  previousOccurredAt?: unknown;
};

/** The append-only history as a timeline, oldest first: who did what, in words, in desk time. */
export function TicketHistory(props: {
  events: TicketEvent[];
  timeZone: string;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const time = (iso: unknown) =>
    typeof iso === 'string' ? formatTime(iso, props.timeZone) : '—';

  const detailsOf = (e: TicketEvent): ReactNode[] => {
    const data = (e.data ?? {}) as EventData;
    const { routing } = data;
    return [
      e.fromState && e.fromState !== e.toState
        ? t('ticket.historyState', {
            from: t(`states.${e.fromState}`),
            to: t(`states.${e.toState}`),
          })
        : undefined,
      routing?.projectManagerRef && routing.source
        ? t('ticket.historyRouted', {
            person: <PersonLink person={routing.projectManagerRef} />,
            source: t(`routingSources.${routing.source}`),
          })
        : undefined,
      typeof data.assigneeRef === 'string'
        ? t('ticket.historyHandedTo', {
            person: <PersonLink person={data.assigneeRef} />,
          })
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
            from: time(data.previousOccurredAt),
            to: time(data.occurredAt),
          })
        : undefined,
      e.comment,
    ].filter(Boolean);
  };

  return (
    <List dense aria-label={t('ticket.history')}>
      {props.events.map(e => {
        const details = detailsOf(e);
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
                    {time(e.at)}{' '}
                  </Typography>
                  <strong>
                    {t(
                      `ticket.historyLine.${e.action as TicketAction | 'open'}`,
                      { actor: <PersonLink person={e.actorRef} /> },
                    )}
                  </strong>
                </>
              }
              secondary={
                details.length
                  ? details.map((d, i) => (
                      <Fragment key={i}>
                        {i > 0 && ' · '}
                        {d}
                      </Fragment>
                    ))
                  : undefined
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
