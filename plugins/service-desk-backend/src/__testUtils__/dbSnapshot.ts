import { createHash } from 'crypto';
import { Knex } from 'knex';
import { isPostgres } from '../database/dialect';

/** The service desk's tables, found in the database itself so a new table is never missed. */
async function deskTables(knex: Knex): Promise<string[]> {
  const rows: Array<{ name: string }> = isPostgres(knex)
    ? await knex('information_schema.tables')
        .where({ table_schema: knex.raw('current_schema()') })
        .andWhereLike('table_name', 'service_desk_%')
        .select({ name: 'table_name' })
    : await knex('sqlite_master')
        .where({ type: 'table' })
        .andWhereLike('name', 'service_desk_%')
        .select('name');
  return rows.map(r => r.name).sort();
}

/**
 * Row count and a hash of every row of every service_desk_* table. Rows are hashed sorted by
 * their own serialisation, so the figure depends on the data only, not on the order the engine
 * returns them in: two equal snapshots mean the data is byte-for-byte the same.
 */
export async function snapshotDesk(
  knex: Knex,
): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of await deskTables(knex)) {
    const rows = (await knex(table).select('*'))
      .map(row => JSON.stringify(row))
      .sort();
    const hash = createHash('sha256')
      .update(rows.join('\n'))
      .digest('hex')
      .slice(0, 16);
    snapshot[table] = `${rows.length} rows ${hash}`;
  }
  return snapshot;
}
