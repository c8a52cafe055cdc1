import { Knex } from 'knex';

/**
 * Where SQLite and PostgreSQL differ, in one place: the stores ask these instead of testing the
 * client themselves.
 */
export function isPostgres(db: Knex): boolean {
  return db.client.config.client === 'pg';
}

/** The smallest of several values: PostgreSQL's LEAST is SQLite's multi-argument MIN. */
export function leastFunction(db: Knex): 'LEAST' | 'MIN' {
  return isPostgres(db) ? 'LEAST' : 'MIN';
}

/**
 * Makes concurrent writers of `table` (on any replica) take turns until `tx` ends, so a check
 * never reads rows another writer is changing. SQLite already runs one write transaction at a
 * time.
 */
export async function takeTurnsOn(
  tx: Knex.Transaction,
  table: string,
): Promise<void> {
  if (isPostgres(tx)) {
    await tx.raw(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
  }
}

/**
 * `column` is one of `values`, bound as one parameter, a JSON array (jsonb on PostgreSQL,
 * json_each on SQLite): a year's report asks about tens of thousands of deduction keys, past
 * the bound parameters either engine takes in one statement.
 */
export function whereOneOf(
  qb: Knex.QueryBuilder,
  column: string,
  values: string[],
): Knex.QueryBuilder {
  const list = JSON.stringify(values);
  // isPostgres above asks the same of a Knex; a builder only has its client.
  return qb.client.config.client === 'pg'
    ? qb.whereRaw('?? IN (SELECT jsonb_array_elements_text(?::jsonb))', [
        column,
        list,
      ])
    : qb.whereRaw('?? IN (SELECT value FROM json_each(?))', [column, list]);
}

/** The rows of a raw query: node-postgres answers { rows }, better-sqlite3 an array of rows. */
export function rawRows<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}

/** The id of an inserted row as `returning('id')` gives it: a row, or the bare value. */
export function returnedId(row: { id: number | string } | number | string) {
  return String(typeof row === 'object' ? row.id : row);
}
