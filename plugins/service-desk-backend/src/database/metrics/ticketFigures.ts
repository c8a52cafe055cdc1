import { Knex } from 'knex';
import { EVENTS, TICKETS } from '../tables';
import { bucketOf, num, perBucket } from './buckets';

export interface ClosedFigures {
  closed: number;
  timely: number;
  resolutionMsTotal: number;
}

/**
 * Tickets closed in each bucket: how many, how many were timely (acceptance to close, or to
 * the first hand-over to a PM, under the limit: §7.4 item 2), and their summed resolution time.
 */
export async function closedFigures(
  db: Knex,
  boundaries: number[],
  timelyMs: number,
): Promise<ClosedFigures[]> {
  const rows = await db(TICKETS)
    .where('closed_at', '>=', boundaries[0])
    .andWhere('closed_at', '<', boundaries[boundaries.length - 1])
    .select({ bucket: bucketOf(db, 'closed_at', boundaries) })
    .count({ closed: '*' })
    .sum({ timely: db.raw(timelyCase(), [timelyMs, timelyMs]) })
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

/** Tickets closed in [from, to) that were not timely, oldest first, for the deductions' evidence. */
export async function lateClosedTickets(
  db: Knex,
  from: number,
  to: number,
  timelyMs: number,
  limit: number,
): Promise<Array<{ id: string; displayId: string; closedAt: number }>> {
  const rows = await db(TICKETS)
    .where('closed_at', '>=', from)
    .andWhere('closed_at', '<', to)
    .andWhereRaw(`(${timelyCase()}) = 0`, [timelyMs, timelyMs])
    .orderBy('closed_at')
    .limit(limit)
    .select('id', 'display_id', 'closed_at');
  return rows.map(r => ({
    id: String(r.id),
    displayId: r.display_id,
    closedAt: num(r.closed_at),
  }));
}

function timelyCase() {
  return `CASE WHEN closed_at - accepted_at < ? OR (handed_over_at IS NOT NULL AND handed_over_at - accepted_at < ?) THEN 1 ELSE 0 END`;
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
  boundaries: number[],
): Promise<AcceptedFigures[]> {
  const rows = await db(TICKETS)
    .where('accepted_at', '>=', boundaries[0])
    .andWhere('accepted_at', '<', boundaries[boundaries.length - 1])
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
