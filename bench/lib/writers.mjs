// Bulk writers for generated rows. Rows carry their ids, so a batch never waits for RETURNING.
// PostgreSQL: one INSERT … SELECT FROM unnest(array per column) per batch, several batches in
// flight on a few connections while the next is generated. SQLite: one prepared statement in a
// transaction per batch. Triggers that refuse updates stay on: rows are only ever inserted.
import Database from 'better-sqlite3';
import pg from 'pg';
import { pgUrl } from './db.mjs';

const IN_FLIGHT = 4;

export async function openWriter(t) {
  return t.db === 'pg' ? pgWriter(t) : sqliteWriter(t);
}

async function pgWriter(t) {
  const pool = new pg.Pool({
    connectionString: `${pgUrl}/${t.database}`,
    max: IN_FLIGHT,
    // Skips the foreign-key triggers during the load (rows are consistent by construction); the
    // product's schema and indexes are untouched.
    options: '-c session_replication_role=replica',
  });
  const types = new Map();
  const columnsOf = async table => {
    if (!types.has(table)) {
      const { rows } = await pool.query(
        'SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      types.set(table, rows);
    }
    return types.get(table);
  };
  const pending = new Set();
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = (await columnsOf(table)).filter(
        c => c.column_name in rows[0] || c.column_name !== 'id',
      );
      const arrays = columns.map(c => rows.map(r => r[c.column_name] ?? null));
      const sql = `INSERT INTO ${table} (${columns
        .map(c => `"${c.column_name}"`)
        .join(', ')})
        SELECT * FROM unnest(${columns
          .map((c, i) => `$${i + 1}::${c.udt_name}[]`)
          .join(', ')})`;
      const done = pool.query(sql, arrays).finally(() => pending.delete(done));
      pending.add(done);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    },
    async finish(tables) {
      await Promise.all(pending);
      for (const table of tables) {
        await pool.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT COALESCE(MAX(id), 1) FROM ${table}))`,
          [table],
        );
      }
      // A live database has been vacuumed and analysed by autovacuum; a fresh load has not.
      await pool.query('VACUUM (ANALYZE)');
      await pool.end();
    },
  };
}

async function sqliteWriter(t) {
  const db = new Database(t.filename);
  db.pragma('journal_mode = WAL');
  const statements = new Map();
  const statementFor = (table, columns) => {
    const key = `${table}:${columns.join(',')}`;
    if (!statements.has(key)) {
      const names = columns.map(c => `"${c}"`).join(', ');
      statements.set(
        key,
        db.prepare(
          `INSERT INTO ${table} (${names}) VALUES (${columns
            .map(() => '?')
            .join(', ')})`,
        ),
      );
    }
    return statements.get(key);
  };
  const columnsOf = table => db.pragma(`table_info(${table})`).map(c => c.name);
  // better-sqlite3 binds no booleans; the product's knex stores them as 0 and 1.
  const value = v =>
    v === undefined ? null : typeof v === 'boolean' ? Number(v) : v;
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = columnsOf(table).filter(c => c in rows[0] || c !== 'id');
      const statement = statementFor(table, columns);
      db.transaction(() => {
        for (const r of rows) statement.run(columns.map(c => value(r[c])));
      })();
    },
    async finish() {
      db.exec('ANALYZE');
      // WAL only speeds up the load; the backend gets the journal mode it would have made itself.
      db.pragma('journal_mode = DELETE');
      db.close();
    },
  };
}
