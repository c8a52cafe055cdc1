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
import { makeStyles } from '@material-ui/core/styles';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { SlaClocks } from '../SlaClocks';

const useStyles = makeStyles({
  // A narrow screen scrolls the table sideways rather than breaking words apart
  // ("SD-/202611-/00024", "Incid/ent", "已关/闭"): lines break only between words, CJK ones too.
  scroll: { overflowX: 'auto' },
  table: {
    '& th, & td': {
      wordBreak: 'keep-all',
      overflowWrap: 'normal',
      hyphens: 'manual',
    },
  },
  // Ids, short words and times stay on one line; the title takes the room that is left.
  nowrap: { whiteSpace: 'nowrap' },
  title: { minWidth: '12em' },
});

export interface TicketTableProps {
  tickets: Ticket[];
  totalCount: number;
  /** The count is the database's estimate (a very large list): shown as one. */
  totalCountEstimated?: boolean;
  onLoadMore?: () => void;
  /** Hide the service column where the page is already about one service. */
  hideEntity?: boolean;
}

/** A page of tickets; emergencies show their SLA clocks counting live. */
export function TicketTable(props: TicketTableProps) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const links = useDeskLinks();
  const classes = useStyles();
  const nowrap = { className: classes.nowrap };
  return (
    <>
      <Typography
        variant="body2"
        color="textSecondary"
        data-testid="ticket-count"
      >
        {props.totalCountEstimated
          ? t('table.countAbout', { count: props.totalCount })
          : t('table.count', { count: props.totalCount })}
      </Typography>
      <div className={classes.scroll}>
        <Table
          size="small"
          aria-label={t('table.title')}
          className={classes.table}
        >
          <TableHead>
            <TableRow>
              <TableCell {...nowrap}>{t('table.id')}</TableCell>
              <TableCell className={classes.title}>
                {t('table.title')}
              </TableCell>
              <TableCell {...nowrap}>{t('table.state')}</TableCell>
              <TableCell {...nowrap}>{t('table.kind')}</TableCell>
              <TableCell {...nowrap}>{t('table.priority')}</TableCell>
              {!props.hideEntity && <TableCell>{t('table.entity')}</TableCell>}
              <TableCell>{t('table.assignee')}</TableCell>
              <TableCell {...nowrap}>{t('table.accepted')}</TableCell>
              <TableCell {...nowrap}>{t('table.sla')}</TableCell>
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
                <TableCell {...nowrap}>
                  <Link to={links.ticket(ticket.id)}>{ticket.displayId}</Link>
                </TableCell>
                <TableCell className={classes.title}>
                  <Link to={links.ticket(ticket.id)}>{ticket.title}</Link>
                </TableCell>
                <TableCell {...nowrap}>{t(`states.${ticket.state}`)}</TableCell>
                <TableCell {...nowrap}>{t(`kinds.${ticket.kind}`)}</TableCell>
                <TableCell {...nowrap}>{ticket.priority}</TableCell>
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
                <TableCell {...nowrap}>
                  {formatTime(ticket.acceptedAt, timeZone)}
                </TableCell>
                <TableCell>
                  {ticket.emergency && <SlaClocks ticket={ticket} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {props.onLoadMore && (
        <Button onClick={props.onLoadMore}>{t('table.loadMore')}</Button>
      )}
    </>
  );
}
