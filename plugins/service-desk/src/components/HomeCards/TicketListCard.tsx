import { ErrorPanel, Progress } from '@backstage/core-components';
import { TicketListQuery } from '../../api/ServiceDeskApi';
import { useTicketList } from '../../hooks/useTicketList';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { CompactTicketList } from './CompactTicketList';
import { HomeCard } from './HomeCard';

/** A card over one ticket query, reloaded when any ticket changes so it stays current. */
export function TicketListCard(props: {
  title: string;
  query: TicketListQuery;
  empty: string;
  link: { title: string; to: string };
}) {
  const list = useTicketList(props.query);
  useTicketSignal(list.reload);
  let body;
  if (list.error) body = <ErrorPanel error={list.error} />;
  else if (list.loading && !list.items.length) body = <Progress />;
  else
    body = (
      <CompactTicketList
        tickets={list.items}
        totalCount={list.totalCount}
        totalCountEstimated={list.totalCountEstimated}
        empty={props.empty}
      />
    );
  return (
    <HomeCard title={props.title} link={props.link}>
      {body}
    </HomeCard>
  );
}
