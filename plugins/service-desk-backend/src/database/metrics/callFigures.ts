import { Knex } from 'knex';
import { CALLS } from '../tables';
import {
  BucketRow,
  DbNumber,
  bucketOf,
  evidencePerBucket,
  inBuckets,
  num,
  perBucket,
} from './buckets';

export interface CallFigures {
  /** Calls answered (the denominator of the timely-answer rate, §5). */
  answered: number;
  /** Answered within the limit (20 s: three rings, §8.1). */
  inTime: number;
}

export interface CallLimit {
  /** The time allowed to answer (20 s: three rings, §8.1). */
  answerMs: number;
}

const answered = (db: Knex) => db(CALLS).whereNotNull('answered_at');

/** Answered calls and those answered in time, per bucket of ring time. */
export async function callFigures(
  db: Knex,
  options: CallLimit & { boundaries: number[] },
): Promise<CallFigures[]> {
  const { boundaries, answerMs } = options;
  const rows: BucketRow<'answered' | 'inTime'>[] = await inBuckets(
    answered(db),
    'ring_at',
    boundaries,
  )
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

export interface LateCall {
  id: string;
  callId: string;
  waitMs: number;
}

/** Answered calls that took longer than the limit, per bucket of ring time, for the evidence. */
export async function lateCalls(
  db: Knex,
  options: CallLimit & { boundaries: number[]; limit: number },
): Promise<LateCall[][]> {
  const { boundaries, answerMs, limit } = options;
  return evidencePerBucket(db, {
    query: answered(db)
      .andWhereRaw('answered_at - ring_at > ?', [answerMs])
      .select('id', 'call_id', 'ring_at', 'answered_at'),
    column: 'ring_at',
    boundaries,
    limit,
    toItem: (r: {
      id: DbNumber;
      call_id: string;
      ring_at: DbNumber;
      answered_at: DbNumber;
    }) => ({
      id: String(r.id),
      callId: r.call_id,
      waitMs: num(r.answered_at) - num(r.ring_at),
    }),
  });
}
