import {
  SlaTargets,
  TIMELY_HANDLING_CLOCK,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { clockMetCase } from '../slaSql';
import { EVENTS, TICKETS } from '../tables';
import {
  BucketRow,
  DbNumber,
  bucketOf,
  evidencePerBucket,
  inBuckets,
  num,
  perBucket,
} from './buckets';

export interface ClosedFigures {
  closed: number;
  timely: number;
  resolutionMsTotal: number;
}

/**
 * Tickets closed in each bucket: how many, how many were timely (the timely-handling clock met:
 * §7.4 item 2), and their summed resolution time.
 */
export async function closedFigures(
  db: Knex,
  options: { boundaries: number[]; targets: SlaTargets },
): Promise<ClosedFigures[]> {
  const { boundaries, targets } = options;
  const timely = clockMetCase(TIMELY_HANDLING_CLOCK, targets);
  const rows: BucketRow<'closed' | 'timely' | 'resolution'>[] = await inBuckets(
    db(TICKETS),
    'closed_at',
    boundaries,
  )
    .select({ bucket: bucketOf(db, 'closed_at', boundaries) })
    .count({ closed: '*' })
    .sum({ timely: db.raw(timely.sql, timely.bindings) })
    .sum({ resolution: db.raw('closed_at - accepted_at') })
    .groupBy('bucket');
  return perBucket(
    rows,
    boundaries,
    { closed: 0, timely: 0, resolutionMsTotal: 0 },
    r => ({
      closed: num(r.closed),
      timely: num(r.timely),
      resolutionMsTotal: num(r.resolution),
    }),
  );
}

export interface LateTicket {
  id: string;
  displayId: string;
  closedAt: number;
}

/** Tickets closed in each bucket that were not timely, oldest first, for the deductions' evidence. */
export async function lateClosedTickets(
  db: Knex,
  options: { boundaries: number[]; targets: SlaTargets; limit: number },
): Promise<LateTicket[][]> {
  const { boundaries, targets, limit } = options;
  const timely = clockMetCase(TIMELY_HANDLING_CLOCK, targets);
  return evidencePerBucket(db, {
    query: db(TICKETS)
      .whereRaw(`(${timely.sql}) = 0`, timely.bindings)
      .select('id', 'display_id', 'closed_at'),
    column: 'closed_at',
    boundaries,
    limit,
    toItem: (r: { id: DbNumber; display_id: string; closed_at: DbNumber }) => ({
      id: String(r.id),
      displayId: r.display_id,
      closedAt: num(r.closed_at),
    }),
  });
}

export interface AcceptedFigures {
  accepted: number;
  closed: number;
  calledBack: number;
}

/**
 * Tickets accepted in each bucket: how many, how many are closed by now (completion rate, §6.6)
 * and how many had a callback (callback rate, §9).
 */
export async function acceptedFigures(
  db: Knex,
  options: { boundaries: number[] },
): Promise<AcceptedFigures[]> {
  const { boundaries } = options;
  const rows: BucketRow<'accepted' | 'closed' | 'called'>[] = await inBuckets(
    db(TICKETS),
    'accepted_at',
    boundaries,
  )
    .select({ bucket: bucketOf(db, 'accepted_at', boundaries) })
    .count({ accepted: '*' })
    .sum({
      closed: db.raw('CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END'),
    })
    .sum({
      called: db.raw(
        `CASE WHEN EXISTS (SELECT 1 FROM ${EVENTS} e WHERE e.ticket_id = ${TICKETS}.id AND e.action = 'callback') THEN 1 ELSE 0 END`,
      ),
    })
    .groupBy('bucket');
  return perBucket(
    rows,
    boundaries,
    { accepted: 0, closed: 0, calledBack: 0 },
    r => ({
      accepted: num(r.accepted),
      closed: num(r.closed),
      calledBack: num(r.called),
    }),
  );
}
