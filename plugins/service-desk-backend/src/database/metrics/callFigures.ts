import { Knex } from 'knex';
import { bucketOf, num, perBucket } from './buckets';

export const CALLS = 'service_desk_calls';

export interface CallFigures {
  /** Calls answered (the denominator of the timely-answer rate, §5). */
  answered: number;
  /** Answered within the limit (20 s: three rings, §8.1). */
  inTime: number;
}

/** Answered calls and those answered in time, per bucket of ring time. */
export async function callFigures(
  db: Knex,
  boundaries: number[],
  answerMs: number,
): Promise<CallFigures[]> {
  const rows = await db(CALLS)
    .whereNotNull('answered_at')
    .andWhere('ring_at', '>=', boundaries[0])
    .andWhere('ring_at', '<', boundaries[boundaries.length - 1])
    .select({ bucket: bucketOf(db, 'ring_at', boundaries) })
    .count({ answered: '*' })
    .sum({
      inTime: db.raw('CASE WHEN answered_at - ring_at <= ? THEN 1 ELSE 0 END', [
        answerMs,
      ]),
    })
    .groupBy('bucket');
  return perBucket(rows, boundaries, { answered: 0, inTime: 0 }, r => ({
    answered: num(r.answered),
    inTime: num(r.inTime),
  }));
}

/** Answered calls in [from, to) that took longer than the limit, for the deductions' evidence. */
export async function lateCalls(
  db: Knex,
  from: number,
  to: number,
  answerMs: number,
  limit: number,
) {
  const rows = await db(CALLS)
    .whereNotNull('answered_at')
    .andWhere('ring_at', '>=', from)
    .andWhere('ring_at', '<', to)
    .andWhereRaw('answered_at - ring_at > ?', [answerMs])
    .orderBy('ring_at')
    .limit(limit)
    .select('id', 'call_id', 'ring_at', 'answered_at');
  return rows.map(r => ({
    id: String(r.id),
    callId: r.call_id as string,
    waitMs: num(r.answered_at) - num(r.ring_at),
  }));
}
