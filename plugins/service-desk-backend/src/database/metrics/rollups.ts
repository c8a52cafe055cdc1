import { createHash, randomUUID } from 'crypto';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { takeTurnsOn } from '../dialect';
import { DbTime, ROLLUPS } from '../tables';

/**
 * A figure read per bucket [boundaries[i], boundaries[i+1]) by one grouped query, which the
 * store may keep per closed bucket (migrations/20261205000000_figure_rollups.js says why a
 * kept row is never stale).
 */
export interface BucketedFigure<T> {
  /**
   * Names the figure in the kept rows. Bump its version when the SQL behind it changes, so the
   * rows kept by the earlier spelling are not read.
   */
  name: string;
  /** What else the figure depends on (the rule set's targets): part of the rows' key. */
  params?: unknown;
  compute(boundaries: number[]): Promise<T[]>;
}

/** Where a figure's buckets are cut, and until when a bucket is still being written. */
export interface RollupScope {
  /** The desk's zone: buckets are kept per calendar month, or the piece of one a bucket holds. */
  timeZone: string;
  /** A bucket ending after this is open: it is always read afresh and never kept. */
  now: number;
}

const fingerprint = (params: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(params ?? null))
    .digest('hex');

/** The bucket boundaries with every month start of the zone between them added. */
export function monthPieces(boundaries: number[], timeZone: string): number[] {
  const cuts = new Set(boundaries);
  const first = boundaries[0];
  const last = boundaries[boundaries.length - 1];
  let month = DateTime.fromMillis(first, { zone: timeZone })
    .startOf('month')
    .plus({ months: 1 });
  for (; month.toMillis() < last; month = month.plus({ months: 1 })) {
    cuts.add(month.toMillis());
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * The figure of each bucket, made of the figures of its month pieces by `combine`: the pieces
 * of closed months come from kept rows (computed and kept when missing), the open ones are read
 * afresh. `combine` must give a bucket's figure from its pieces' in order (counts add up, lists
 * follow one another); a bucket that is one piece takes that piece's figure unchanged.
 */
export async function overMonths<T>(
  db: Knex,
  scope: RollupScope,
  figure: BucketedFigure<T>,
  boundaries: number[],
  combine: (pieces: T[]) => T,
): Promise<T[]> {
  const cuts = monthPieces(boundaries, scope.timeZone);
  const pieces = await rolledUp(db, scope.now, figure, cuts);
  const out: T[] = [];
  let piece = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const parts: T[] = [];
    for (; cuts[piece] < boundaries[i + 1]; piece++) parts.push(pieces[piece]);
    out.push(parts.length === 1 ? parts[0] : combine(parts));
  }
  return out;
}

interface KeptRow {
  bucket_start: DbTime;
  bucket_end: DbTime;
  value: string;
}

/**
 * The figure of each bucket: closed buckets from their kept rows, the rest computed, runs of
 * consecutive buckets in one query each; computed closed buckets are kept for the next reader.
 */
async function rolledUp<T>(
  db: Knex,
  now: number,
  figure: BucketedFigure<T>,
  boundaries: number[],
): Promise<T[]> {
  const params = fingerprint(figure.params);
  const buckets = boundaries
    .slice(1)
    .map((end, i) => ({ start: boundaries[i], end }));
  const closed = buckets.filter(b => b.end <= now);
  const kept = new Map<string, T>();
  const keyOf = (start: number, end: number) => `${start}-${end}`;
  if (closed.length) {
    const rows: KeptRow[] = await db(ROLLUPS)
      .where({ figure: figure.name, params })
      .whereNotNull('value')
      .andWhere('bucket_start', '>=', closed[0].start)
      .andWhere('bucket_end', '<=', closed[closed.length - 1].end)
      .select('bucket_start', 'bucket_end', 'value');
    for (const row of rows) {
      kept.set(
        keyOf(Number(row.bucket_start), Number(row.bucket_end)),
        JSON.parse(row.value),
      );
    }
  }
  const missing = buckets
    .map((b, i) => ({ ...b, i }))
    .filter(b => !kept.has(keyOf(b.start, b.end)));
  const toKeep = missing.filter(b => b.end <= now);
  const token = randomUUID();
  if (toKeep.length) await claim(db, figure.name, params, token, toKeep);
  const values = new Map<number, T>();
  for (const run of runsOf(missing.map(b => b.i))) {
    const computed = await figure.compute(
      boundaries.slice(run[0], run[run.length - 1] + 2),
    );
    run.forEach((index, k) => values.set(index, computed[k]));
  }
  await Promise.all(
    toKeep.map(b =>
      db(ROLLUPS)
        .where({
          figure: figure.name,
          params,
          bucket_start: b.start,
          bucket_end: b.end,
          token,
        })
        .update({ value: JSON.stringify(values.get(b.i)) }),
    ),
  );
  return buckets.map(
    (b, i) => kept.get(keyOf(b.start, b.end)) ?? (values.get(i) as T),
  );
}

/**
 * Claims the buckets' rows for this reader before their figures are read. Taking turns waits
 * for every writer already past its trigger to commit, so the figures read after the claim see
 * its change; a writer after the claim deletes it, so the figure read without that writer's
 * change is not kept.
 */
async function claim(
  db: Knex,
  name: string,
  params: string,
  token: string,
  buckets: Array<{ start: number; end: number }>,
) {
  const computedAt = Date.now();
  await db.transaction(async tx => {
    await takeTurnsOn(tx, ROLLUPS);
    await tx(ROLLUPS)
      .insert(
        buckets.map(b => ({
          figure: name,
          params,
          bucket_start: b.start,
          bucket_end: b.end,
          token,
          value: null,
          computed_at: computedAt,
        })),
      )
      .onConflict(['figure', 'params', 'bucket_start', 'bucket_end'])
      .merge(['token', 'value', 'computed_at']);
  });
}

/** Consecutive indexes grouped: [0, 1, 3] → [[0, 1], [3]]. */
function runsOf(indexes: number[]): number[][] {
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs;
}
