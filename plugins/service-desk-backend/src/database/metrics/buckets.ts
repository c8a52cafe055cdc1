import { Knex } from 'knex';

/** A number column or aggregate as a driver returns it, or null for an empty SUM. */
export type DbNumber = number | string | null;

/** Numbers from a driver (PostgreSQL returns bigint sums and counts as strings). */
export const num = (v: unknown) =>
  v === null || v === undefined ? 0 : Number(v);

/** A GROUP BY row: the bucket's number and its figures. */
export type BucketRow<K extends string> = { bucket: DbNumber } & Record<
  K,
  DbNumber
>;

/**
 * A SQL expression numbering the bucket [boundaries[i], boundaries[i+1]) a time column falls in,
 * so one GROUP BY yields figures per month, quarter or cycle on SQLite and PostgreSQL alike.
 * Rows must already be restricted to [first boundary, last boundary).
 */
export function bucketOf(
  db: Knex,
  column: string,
  boundaries: number[],
): Knex.Raw {
  const inner = boundaries.slice(1, -1);
  if (inner.length === 0) return db.raw('0');
  const cases = inner.map((_, i) => `WHEN ?? < ? THEN ${i}`).join(' ');
  const bindings = inner.flatMap(b => [column, b]);
  return db.raw(`CASE ${cases} ELSE ${inner.length} END`, bindings);
}

/** Restricts a query to rows whose time column lies in [first boundary, last boundary). */
export function inBuckets(
  query: Knex.QueryBuilder,
  column: string,
  boundaries: number[],
): Knex.QueryBuilder {
  return query
    .andWhere(column, '>=', boundaries[0])
    .andWhere(column, '<', boundaries[boundaries.length - 1]);
}

/** One figure per bucket from GROUP BY rows; buckets without rows get `zero`. */
export function perBucket<R extends { bucket: DbNumber }, T>(
  rows: R[],
  boundaries: number[],
  zero: T,
  figure: (row: R) => T,
): T[] {
  const out = boundaries.slice(1).map(() => zero);
  for (const row of rows) out[num(row.bucket)] = figure(row);
  return out;
}

/**
 * Up to `limit` rows of evidence per bucket, earliest first: one query for all the buckets, the
 * rows numbered within their bucket by a window (SQLite ≥ 3.25 and PostgreSQL both have them).
 */
export async function evidencePerBucket<R extends object, T>(
  db: Knex,
  options: {
    query: Knex.QueryBuilder;
    column: string;
    boundaries: number[];
    limit: number;
    toItem: (row: R) => T;
  },
): Promise<T[][]> {
  const { query, column, boundaries, limit, toItem } = options;
  const bucket = bucketOf(db, column, boundaries);
  const numbered = inBuckets(query, column, boundaries)
    .select({ bucket })
    .select(
      db.raw(`ROW_NUMBER() OVER (PARTITION BY ? ORDER BY ??) AS n_in_bucket`, [
        bucket,
        column,
      ]),
    );
  const rows: Array<R & { bucket: DbNumber }> = await db
    .from(numbered.as('numbered'))
    .where('n_in_bucket', '<=', limit)
    .orderBy(column);
  const out = boundaries.slice(1).map((): T[] => []);
  for (const row of rows) out[num(row.bucket)].push(toItem(row));
  return out;
}
