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
}
