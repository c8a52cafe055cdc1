import { useApi } from '@backstage/frontend-plugin-api';
import { Ticket } from '@internal/plugin-service-desk-common';
import { useCallback, useEffect, useState } from 'react';
import { TicketListQuery, serviceDeskApiRef } from '../api/ServiceDeskApi';

/**
 * A ticket list that reloads when the query changes or `reload` is called (a ticket changed), and
 * appends further pages on demand.
 */
export function useTicketList(query: TicketListQuery | undefined) {
  const api = useApi(serviceDeskApiRef);
  const [state, setState] = useState<{
    items: Ticket[];
    totalCount: number;
    totalCountEstimated?: boolean;
    nextCursor?: string;
    loading: boolean;
    error?: Error;
  }>({ items: [], totalCount: 0, loading: true });
  const key = JSON.stringify(query);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!query) return undefined;
    let cancelled = false;
    setState(s => ({ ...s, loading: true, error: undefined }));
    api.listTickets(query).then(
      page => !cancelled && setState({ ...page, loading: false }),
      error => !cancelled && setState(s => ({ ...s, loading: false, error })),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, generation]);

  const loadMore = useCallback(async () => {
    if (!query || !state.nextCursor) return;
    const page = await api.listTickets({ ...query, cursor: state.nextCursor });
    setState(s => ({
      ...page,
      items: [...s.items, ...page.items],
      loading: false,
    }));
  }, [api, query, state.nextCursor]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);

  return {
    ...state,
    loadMore: state.nextCursor ? loadMore : undefined,
    reload,
  };
}
