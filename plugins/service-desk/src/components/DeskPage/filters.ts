import { isDeskDate } from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { ChangeEvent } from 'react';
import { TicketListQuery } from '../../api/ServiceDeskApi';

export interface Filters {
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

export const NO_FILTERS: Filters = {
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

/** A change of one filter's input. */
export type FilterEvent = ChangeEvent<{ value: unknown }>;

export const ORDERS = ['newest', 'oldest', 'deadline'] as const;

/**
 * The queue's query narrowed by the filters; dates are whole local days in the desk's zone, the
 * last one included.
 */
export function filteredQuery(
  base: TicketListQuery,
  filters: Filters,
  timeZone: string,
): TicketListQuery {
  // A day half typed in the date field is no filter yet (rather than a 400 from the list).
  const startOf = (d: string, plusDays = 0) =>
    isDeskDate(d)
      ? DateTime.fromISO(d.trim(), { zone: timeZone })
          .plus({ days: plusDays })
          .toUTC()
          .toISO()!
      : undefined;
  return {
    ...base,
    state: filters.state ? [filters.state] : base.state,
    kind: filters.kind ? [filters.kind] : undefined,
    priority: filters.priority || undefined,
    entityRef: filters.entityRef.trim() || undefined,
    assigneeRef: filters.assigneeRef.trim() || undefined,
    from: startOf(filters.from),
    to: startOf(filters.to, 1),
    q: filters.q.trim() || undefined,
    order: (filters.order || base.order) as TicketListQuery['order'],
    limit: 25,
  };
}
