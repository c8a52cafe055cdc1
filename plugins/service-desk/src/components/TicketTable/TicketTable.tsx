import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Ticket } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { SlaClocks } from '../SlaClocks';

export interface TicketTableProps {
  tickets: Ticket[];
  totalCount: number;
  onLoadMore?: () => void;
  /** Hide the service column where the page is already about one service. */
  hideEntity?: boolean;
}

/** A page of tickets; emergencies show their SLA clocks counting live. */
export function TicketTable(props: TicketTableProps) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const links = useDeskLinks();
  return (
    <>
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="ticket-count"
      >
        {t('table.count', { count: props.totalCount })}
      </Typography>
      <Table size="small" aria-label={t('table.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('table.id')}</TableCell>
            <TableCell>{t('table.title')}</TableCell>
            <TableCell>{t('table.state')}</TableCell>
            <TableCell>{t('table.kind')}</TableCell>
            <TableCell>{t('table.priority')}</TableCell>
            {!props.hideEntity && <TableCell>{t('table.entity')}</TableCell>}
            <TableCell>{t('table.assignee')}</TableCell>
            <TableCell>{t('table.accepted')}</TableCell>
            <TableCell>{t('table.sla')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.tickets.length === 0 && (
            <TableRow>
              <TableCell colSpan={9}>{t('table.empty')}</TableCell>
            </TableRow>
          )}
          {props.tickets.map(ticket => (
            <TableRow key={ticket.id} hover data-testid="ticket-row">
              <TableCell>
                <Link to={links.ticket(ticket.id)}>{ticket.displayId}</Link>
              </TableCell>
              <TableCell>
                <Link to={links.ticket(ticket.id)}>{ticket.title}</Link>
              </TableCell>
              <TableCell>{t(`states.${ticket.state}`)}</TableCell>
              <TableCell>{t(`kinds.${ticket.kind}`)}</TableCell>
              <TableCell>{ticket.priority}</TableCell>
              {!props.hideEntity && (
                <TableCell>
                  <EntityRefLink entityRef={ticket.entityRef} hideIcon />
                </TableCell>
              )}
              <TableCell>
                {ticket.assigneeRef ? (
                  <EntityRefLink entityRef={ticket.assigneeRef} hideIcon />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>{formatTime(ticket.acceptedAt, timeZone)}</TableCell>
              <TableCell>
                {ticket.emergency && <SlaClocks ticket={ticket} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {props.onLoadMore && (
        <Button onClick={props.onLoadMore}>{t('table.loadMore')}</Button>
      )}
    </>
  );
}
