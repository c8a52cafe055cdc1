import { Knex } from 'knex';

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

/** One figure per bucket from GROUP BY rows; buckets without rows get `zero`. */
export function perBucket<T>(
  rows: any[],
  boundaries: number[],
  zero: T,
  figure: (row: any) => T,
): T[] {
  const out = boundaries.slice(1).map(() => zero);
  for (const row of rows) out[num(row.bucket)] = figure(row);
  return out;
}

/** Numbers from a driver (PostgreSQL returns bigint sums and counts as strings). */
export const num = (v: unknown) =>
  v === null || v === undefined ? 0 : Number(v);
