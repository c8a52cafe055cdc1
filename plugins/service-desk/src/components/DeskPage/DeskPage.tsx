import { Content, ErrorPanel, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { DESK_STAFF } from '@internal/plugin-service-desk-common';
import { useMe } from '@internal/plugin-service-desk-react';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useMemo, useState } from 'react';
import { TicketListQuery, serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useTicketList } from '../../hooks/useTicketList';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { serviceDeskTranslationRef } from '../../translation';
import { RefusedAlerts } from '../Alerts';
import { DeskStatus } from '../DeskStatus';
import { TicketTable } from '../TicketTable';
import { DeskFilters } from './DeskFilters';
import { DeskHeader } from './DeskHeader';
import { Filters, NO_FILTERS, filteredQuery } from './filters';
import { QUEUES, Queue, queueQuery } from './queues';

/**
 * The desk's work list (SPEC §1): queues, filters, text search and server-side paging. Staff
 * outside the desk land on their own tickets.
 */
export function DeskPage(props: { initialQueue?: Queue }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const me = useMe(serviceDeskApiRef);
  const isDesk = !!me.value?.roles.some(r => DESK_STAFF.includes(r));
  const [chosen, setQueue] = useState<Queue | undefined>(props.initialQueue);
  const queue: Queue = chosen ?? (isDesk ? 'new' : 'mine');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  const query = useMemo<TicketListQuery | undefined>(
    () => me.value && filteredQuery(queueQuery(queue), filters, timeZone),
    [me.value, queue, filters, timeZone],
  );
  const list = useTicketList(query);
  // Any change may move a ticket into or out of the queue shown, so any signal reloads it.
  useTicketSignal(list.reload);

  if (me.error) return <ErrorPanel error={me.error} />;
  return (
    <Content>
      <DeskHeader
        showRoster={isDesk || !!me.value?.roles.includes('manager')}
      />
      {isDesk && <DeskStatus />}
      {isDesk && <RefusedAlerts timeZone={timeZone} />}
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
      <DeskFilters filters={filters} onChange={setFilters} />
      {list.error && <ErrorPanel error={list.error} />}
      {list.loading && !list.items.length ? (
        <Progress />
      ) : (
        <TicketTable
          tickets={list.items}
          totalCount={list.totalCount}
          totalCountEstimated={list.totalCountEstimated}
          onLoadMore={list.loadMore}
        />
      )}
    </Content>
  );
}
