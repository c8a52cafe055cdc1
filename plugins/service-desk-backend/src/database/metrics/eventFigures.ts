import { Knex } from 'knex';
import { DbTime, EVENTS, TICKETS, optIso, toIso } from '../tables';
import {
  BucketRow,
  DbNumber,
  bucketOf,
  inBuckets,
  num,
  perBucket,
} from './buckets';

/** A half-open range of epoch milliseconds: from inclusive, to exclusive. */
export interface TimeRange {
  from: number;
  to: number;
}

export interface DispatchFigures {
  dispatches: number;
  /** Rejected by the receiving PM, unclear or misrouted (failed dispatches, §9). */
  rejected: number;
  /** Rejected as unclear (unqualified tickets, §7.3(1)). */
  unclear: number;
}

/** Dispatches and their rejections per bucket of the events' times. */
export async function dispatchFigures(
  db: Knex,
  options: { boundaries: number[] },
): Promise<DispatchFigures[]> {
  const { boundaries } = options;
  const rows: BucketRow<keyof DispatchFigures>[] = await inBuckets(
    db(EVENTS).whereIn('action', ['dispatch', 'reject_dispatch']),
    'at',
    boundaries,
  )
    .select({ bucket: bucketOf(db, 'at', boundaries) })
    .sum({
      dispatches: db.raw(`CASE WHEN action = 'dispatch' THEN 1 ELSE 0 END`),
    })
    .sum({
      rejected: db.raw(
        `CASE WHEN action = 'reject_dispatch' THEN 1 ELSE 0 END`,
      ),
    })
    .sum({
      unclear: db.raw(
        `CASE WHEN action = 'reject_dispatch' AND outcome = 'unclear' THEN 1 ELSE 0 END`,
      ),
    })
    .groupBy('bucket');
  return perBucket(
    rows,
    boundaries,
    { dispatches: 0, rejected: 0, unclear: 0 },
    r => ({
      dispatches: num(r.dispatches),
      rejected: num(r.rejected),
      unclear: num(r.unclear),
    }),
  );
}

export interface RatingFigures {
  ratings: number;
  satisfied: number;
}

/** Satisfaction ratings recorded at callbacks per bucket (§5: all but *unsatisfied* count). */
export async function ratingFigures(
  db: Knex,
  options: { boundaries: number[] },
): Promise<RatingFigures[]> {
  const { boundaries } = options;
  const rows: BucketRow<keyof RatingFigures>[] = await inBuckets(
    db(EVENTS).where('action', 'callback'),
    'at',
    boundaries,
  )
    .whereNotNull('outcome')
    .select({ bucket: bucketOf(db, 'at', boundaries) })
    .count({ ratings: '*' })
    .sum({
      satisfied: db.raw(`CASE WHEN outcome <> 'unsatisfied' THEN 1 ELSE 0 END`),
    })
    .groupBy('bucket');
  return perBucket(rows, boundaries, { ratings: 0, satisfied: 0 }, r => ({
    ratings: num(r.ratings),
    satisfied: num(r.satisfied),
  }));
}

export interface DissatisfiedCallback {
  eventId: string;
  ticketId: string;
  displayId: string;
  unsatisfied: boolean;
  complaint: boolean;
  at: number;
}

/** Callbacks in [from, to) rated unsatisfied or where the user complained (§7.4 item 3). */
export async function dissatisfiedCallbacks(
  db: Knex,
  { from, to }: TimeRange,
): Promise<DissatisfiedCallback[]> {
  const rows: Array<{
    id: DbNumber;
    ticket_id: DbNumber;
    display_id: string;
    outcome: string | null;
    complaint: boolean | number;
    at: DbTime;
  }> = await db(`${EVENTS} as e`)
    .join(`${TICKETS} as t`, 't.id', 'e.ticket_id')
    .where('e.action', 'callback')
    .andWhere('e.at', '>=', from)
    .andWhere('e.at', '<', to)
    .andWhere(q =>
      q.where('e.outcome', 'unsatisfied').orWhere('e.complaint', true),
    )
    .orderBy('e.at')
    .select(
      'e.id',
      'e.ticket_id',
      't.display_id',
      'e.outcome',
      'e.complaint',
      'e.at',
    );
  return rows.map(r => ({
    eventId: String(r.id),
    ticketId: String(r.ticket_id),
    displayId: r.display_id,
    unsatisfied: r.outcome === 'unsatisfied',
    complaint: Boolean(r.complaint),
    at: num(r.at),
  }));
}

export interface AcceptedEmergency {
  id: string;
  displayId: string;
  occurredAt?: string;
  acceptedAt: string;
  notifiedAt?: string;
  handedOverAt?: string;
  closedAt?: string;
}

/** Emergencies accepted in [from, to), with the times their clocks need (ISO, UTC). */
export async function emergenciesAccepted(
  db: Knex,
  { from, to }: TimeRange,
): Promise<AcceptedEmergency[]> {
  const rows: Array<{
    id: DbNumber;
    display_id: string;
    occurred_at: DbTime | null;
    accepted_at: DbTime;
    notified_at: DbTime | null;
    handed_over_at: DbTime | null;
    closed_at: DbTime | null;
  }> = await db(TICKETS)
    .where('emergency', true)
    .andWhere('accepted_at', '>=', from)
    .andWhere('accepted_at', '<', to)
    .orderBy('accepted_at')
    .select(
      'id',
      'display_id',
      'occurred_at',
      'accepted_at',
      'notified_at',
      'handed_over_at',
      'closed_at',
    );
  return rows.map(r => ({
    id: String(r.id),
    displayId: r.display_id,
    occurredAt: optIso(r.occurred_at),
    acceptedAt: toIso(r.accepted_at),
    notifiedAt: optIso(r.notified_at),
    handedOverAt: optIso(r.handed_over_at),
    closedAt: optIso(r.closed_at),
  }));
}

export interface OccurredAtCorrection {
  eventId: string;
  ticketId: string;
  displayId: string;
  actorRef: string;
  at: string;
  reason: string;
  occurredAt?: string;
  previousOccurredAt?: string;
}

/**
 * The desk's corrections of the occurred-at of emergencies accepted in [from, to): the inputs
 * of the response figure it is assessed on, listed beside the deductions they touch.
 */
export async function occurredAtCorrections(
  db: Knex,
  { from, to }: TimeRange,
): Promise<OccurredAtCorrection[]> {
  const rows: Array<{
    id: DbNumber;
    ticket_id: DbNumber;
    display_id: string;
    actor_ref: string;
    at: DbTime;
    comment: string | null;
    data: string | null;
  }> = await db(`${EVENTS} as e`)
    .join(`${TICKETS} as t`, 't.id', 'e.ticket_id')
    .where('e.action', 'set_occurred_at')
    .andWhere('t.emergency', true)
    .andWhere('t.accepted_at', '>=', from)
    .andWhere('t.accepted_at', '<', to)
    .orderBy(['e.ticket_id', 'e.seq'])
    .select(
      'e.id',
      'e.ticket_id',
      't.display_id',
      'e.actor_ref',
      'e.at',
      'e.comment',
      'e.data',
    );
  return rows.map(r => {
    const data = JSON.parse(r.data ?? '{}') as {
      occurredAt?: string;
      previousOccurredAt?: string | null;
    };
    return {
      eventId: String(r.id),
      ticketId: String(r.ticket_id),
      displayId: r.display_id,
      actorRef: r.actor_ref,
      at: toIso(r.at),
      reason: r.comment ?? '',
      occurredAt: data.occurredAt,
      previousOccurredAt: data.previousOccurredAt ?? undefined,
    };
  });
}
