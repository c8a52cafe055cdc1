import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Ticket } from '@internal/plugin-service-desk-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { SlaClocks } from '../SlaClocks';

/**
 * A few tickets in the narrow column of a card (the desk's TicketTable needs nine columns): id and
 * title as links, state, service and, for emergencies, the live SLA clocks; then how many more
 * the full list holds.
 */
export function CompactTicketList(props: {
  tickets: Ticket[];
  totalCount: number;
  totalCountEstimated?: boolean;
  empty: string;
  hideEntity?: boolean;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const links = useDeskLinks();
  if (props.tickets.length === 0)
    return <Typography color="textSecondary">{props.empty}</Typography>;
  const more = props.totalCount - props.tickets.length;
  return (
    <>
      <List dense disablePadding>
        {props.tickets.map(ticket => (
          <ListItem key={ticket.id} disableGutters data-testid="card-ticket">
            <ListItemText
              primary={
                <Link to={links.ticket(ticket.id)}>
                  {ticket.displayId} {ticket.title}
                </Link>
              }
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                <>
                  {t(`states.${ticket.state}`)} · {ticket.priority}
                  {!props.hideEntity && (
                    <>
                      {' · '}
                      <EntityRefLink entityRef={ticket.entityRef} hideIcon />
                    </>
                  )}
                  {ticket.emergency && (
                    <div>
                      <SlaClocks ticket={ticket} />
                    </div>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {more > 0 && (
        <Typography variant="body2" color="textSecondary">
          {props.totalCountEstimated
            ? t('home.moreAbout', { count: more })
            : t('home.more', { count: more })}
        </Typography>
      )}
    </>
  );
}
