import {
  Content,
  ContentHeader,
  ErrorPanel,
  Progress,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DESK_STAFF,
  OPEN_STATES,
  PRIORITIES,
  TICKET_KINDS,
  TICKET_STATES,
  TicketKind,
  TicketState,
} from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { TicketListQuery } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useMe } from '../../hooks/useMe';
import { useTicketList } from '../../hooks/useTicketList';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { serviceDeskTranslationRef } from '../../translation';
import { DeskStatus } from '../DeskStatus';
import { TicketTable } from '../TicketTable';

const QUEUES = [
  'new',
  'mine',
  'withPm',
  'withTechSupport',
  'awaitingCallback',
  'emergencies',
  'all',
] as const;
type Queue = (typeof QUEUES)[number];

function queueQuery(queue: Queue, me: string): TicketListQuery {
  switch (queue) {
    case 'new':
      return { state: ['new'] };
    case 'mine':
      return { involving: me };
    case 'withPm':
      return { state: ['with_pm'] };
    case 'withTechSupport':
      return { state: ['with_tech_support'] };
    case 'awaitingCallback':
      // The lead calls back the longest-waiting first (§5(5)).
      return { state: ['awaiting_callback'], order: 'oldest' };
    case 'emergencies':
      return { emergency: true, state: [...OPEN_STATES] };
    default:
      return {};
  }
}

interface Filters {
  state: string;
  kind: string;
  priority: string;
  entityRef: string;
  assigneeRef: string;
  from: string;
  to: string;
  q: string;
  /** Empty: the queue's own order (newest first; the callback queue oldest first). */
  order: string;
}

const NO_FILTERS: Filters = {
  state: '',
  kind: '',
  priority: '',
  entityRef: '',
  assigneeRef: '',
  from: '',
  to: '',
  q: '',
  order: '',
};
const ORDERS = ['newest', 'oldest', 'deadline'] as const;

/**
 * The desk's work list (SPEC §1): queues, filters, text search and server-side paging. Staff
 * outside the desk land on their own tickets.
 */
export function DeskPage(props: { initialQueue?: Queue }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone, hotline } = useDeskConfig();
  const links = useDeskLinks();
  const me = useMe();
  const isDesk = !!me.value?.roles.some(r => DESK_STAFF.includes(r));
  const [chosen, setQueue] = useState<Queue | undefined>(props.initialQueue);
  const queue: Queue = chosen ?? (isDesk ? 'new' : 'mine');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  const query = useMemo<TicketListQuery | undefined>(() => {
    if (!me.value) return undefined;
    const base = queueQuery(queue, me.value.userRef);
    const day = (d: string) =>
      d ? DateTime.fromISO(d, { zone: timeZone }).toUTC().toISO()! : undefined;
    return {
      ...base,
      state: filters.state ? [filters.state] : base.state,
      kind: filters.kind ? [filters.kind] : undefined,
      priority: filters.priority || undefined,
      entityRef: filters.entityRef.trim() || undefined,
      assigneeRef: filters.assigneeRef.trim() || undefined,
      from: day(filters.from),
      to: filters.to
        ? DateTime.fromISO(filters.to, { zone: timeZone })
            .plus({ days: 1 })
            .toUTC()
            .toISO()!
        : undefined,
      q: filters.q.trim() || undefined,
      order: (filters.order || base.order) as TicketListQuery['order'],
      limit: 25,
    };
  }, [me.value, queue, filters, timeZone]);
  const list = useTicketList(query);
  // Any change may move a ticket into or out of the queue shown, so any signal reloads it.
  useTicketSignal(list.reload);

  if (me.error) return <ErrorPanel error={me.error} />;
  const set =
    (key: keyof Filters) => (e: React.ChangeEvent<{ value: unknown }>) =>
      setFilters(f => ({ ...f, [key]: String(e.target.value) }));
  const select = (
    key: keyof Filters,
    label: string,
    options: readonly string[],
    render: (o: string) => string,
    empty?: string,
  ) => (
    <TextField
      select
      id={`desk-filter-${key}`}
      label={label}
      value={filters[key]}
      onChange={set(key)}
      style={{ minWidth: 140 }}
      inputProps={{ 'aria-label': label }}
    >
      <MenuItem value="">{empty ?? t('deskPage.filters.any')}</MenuItem>
      {options.map(o => (
        <MenuItem key={o} value={o}>
          {render(o)}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Content>
      <ContentHeader title={t('deskPage.title')}>
        <Button
          component={RouterLink}
          to={links.newTicket}
          variant="contained"
          color="primary"
        >
          {t('deskPage.newTicket')}
        </Button>
        {(isDesk || me.value?.roles.includes('manager')) && (
          <Button
            component={RouterLink}
            to={links.roster}
            variant="outlined"
            color="primary"
            style={{ marginLeft: 8 }}
          >
            {t('deskPage.roster')}
          </Button>
        )}
      </ContentHeader>
      {hotline && (
        <Typography variant="subtitle1" gutterBottom>
          {t('deskPage.subtitle', {
            phone: hotline.phone,
            hours: hotline.hours,
          })}
        </Typography>
      )}
      {isDesk && <DeskStatus />}
      <Tabs
        value={queue}
        onChange={(_e, v) => setQueue(v)}
        variant="scrollable"
        indicatorColor="primary"
      >
        {QUEUES.map(q => (
          <Tab key={q} value={q} label={t(`deskPage.queues.${q}`)} />
        ))}
      </Tabs>
      <Box display="flex" flexWrap="wrap" style={{ gap: 12 }} my={2}>
        <TextField
          id="desk-search"
          label={t('deskPage.search')}
          value={filters.q}
          onChange={set('q')}
          style={{ minWidth: 260 }}
        />
        {select('state', t('deskPage.filters.state'), TICKET_STATES, s =>
          t(`states.${s as TicketState}`),
        )}
        {select('kind', t('deskPage.filters.kind'), TICKET_KINDS, k =>
          t(`kinds.${k as TicketKind}`),
        )}
        {select('priority', t('deskPage.filters.priority'), PRIORITIES, p => p)}
        {select(
          'order',
          t('deskPage.filters.order'),
          ORDERS,
          o => t(`deskPage.orders.${o as (typeof ORDERS)[number]}`),
          t('deskPage.orders.queue'),
        )}
        <TextField
          id="desk-filter-entity"
          label={t('deskPage.filters.entity')}
          value={filters.entityRef}
          onChange={set('entityRef')}
          placeholder="component:default/…"
        />
        <TextField
          id="desk-filter-assignee"
          label={t('deskPage.filters.assignee')}
          value={filters.assigneeRef}
          onChange={set('assigneeRef')}
          placeholder="user:default/…"
        />
        <TextField
          type="date"
          id="desk-filter-from"
          label={t('deskPage.filters.from')}
          value={filters.from}
          onChange={set('from')}
          InputLabelProps={{ shrink: true }}
        />
        <TextField
          type="date"
          id="desk-filter-to"
          label={t('deskPage.filters.to')}
          value={filters.to}
          onChange={set('to')}
          InputLabelProps={{ shrink: true }}
        />
      </Box>
      {list.error && <ErrorPanel error={list.error} />}
      {list.loading && !list.items.length ? (
        <Progress />
      ) : (
        <TicketTable
          tickets={list.items}
          totalCount={list.totalCount}
          onLoadMore={list.loadMore}
        />
      )}
    </Content>
  );
}
