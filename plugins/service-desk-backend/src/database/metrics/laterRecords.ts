import { EvidenceRef } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { Watermarks } from '../PeriodCloseStore';
import { CALLS, ENTRIES, EVENTS, TICKETS } from '../tables';

/** How many records one changed figure lists: enough to find the cause, never the whole year. */
export const MOVES_LIMIT = 50;

/**
 * What was recorded after a seal and may have moved its figures (issue 14): ticket events of the
 * named tickets, or of every ticket accepted or closed in the period; calls rung and entries
 * occurring in the period. Newest ids last, at most MOVES_LIMIT of each.
 */
export async function laterRecords(
  db: Knex,
  options: {
    after: Watermarks;
    range: { from: number; to: number };
    /** Ticket ids whose events count; undefined: every ticket of the period. */
    ticketIds?: string[];
    /** Entry and call ids named by the figure; undefined: every one of the period. */
    entryIds?: string[];
    callIds?: string[];
  },
): Promise<EvidenceRef[]> {
  const { after, range } = options;
  const events = db(`${EVENTS} as e`)
    .join(`${TICKETS} as t`, 't.id', 'e.ticket_id')
    .where('e.id', '>', after.event)
    .select('e.id', 'e.action', 'e.ticket_id', 't.display_id')
    .orderBy('e.id')
    .limit(MOVES_LIMIT);
  if (options.ticketIds) events.whereIn('e.ticket_id', options.ticketIds);
  else
    events.where(q =>
      q
        .whereBetween('t.accepted_at', [range.from, range.to - 1])
        .orWhereBetween('t.closed_at', [range.from, range.to - 1]),
    );
  const entries = db(ENTRIES)
    .where('id', '>', after.entry)
    .select('id', 'description')
    .orderBy('id')
    .limit(MOVES_LIMIT);
  if (options.entryIds) entries.whereIn('id', options.entryIds);
  else entries.whereBetween('occurred_at', [range.from, range.to - 1]);
  const calls = db(CALLS)
    .where('id', '>', after.call)
    .select('id', 'call_id')
    .orderBy('id')
    .limit(MOVES_LIMIT);
  if (options.callIds) calls.whereIn('id', options.callIds);
  else calls.whereBetween('ring_at', [range.from, range.to - 1]);
  const skip = (ids?: string[]) => ids !== undefined && !ids.length;
  const [eventRows, entryRows, callRows] = await Promise.all([
    skip(options.ticketIds) ? [] : events,
    skip(options.entryIds) ? [] : entries,
    skip(options.callIds) ? [] : calls,
  ]);
  return [
    ...eventRows.map(
      (r: {
        id: number | string;
        action: string;
        ticket_id: number | string;
        display_id: string;
      }): EvidenceRef => ({
        type: 'event',
        id: String(r.id),
        label: `${r.display_id} ${r.action}`,
        ticketId: String(r.ticket_id),
      }),
    ),
    ...entryRows.map(
      (r: { id: number | string; description: string }): EvidenceRef => ({
        type: 'entry',
        id: String(r.id),
        label: r.description,
      }),
    ),
    ...callRows.map(
      (r: { id: number | string; call_id: string }): EvidenceRef => ({
        type: 'call',
        id: String(r.id),
        label: r.call_id,
      }),
    ),
  ];
}
