// The database's floor for each read: the product's own store and scorecard code is run once
// against the bench database with knex's query log on, and the statements it issued (SQL and
// bindings, as the driver received them) are then replayed bare through the driver.
import Database from 'better-sqlite3';
import pg from 'pg';
import { connect, pgUrl } from './db.mjs';
import { PHASE_SECONDS, percentiles, round } from './load.mjs';
import { backend, common, deskConfig } from './product.mjs';

/** As many connections as the backend's knex pool gives a plugin (knex's default max). */
const POOL = 10;

export async function openFloors(t) {
  const knex = connect(t);
  const config = deskConfig();
  const { ServiceDeskDatabase, ScorecardService } = backend();
  const stores = await ServiceDeskDatabase.create({
    database: { getClient: async () => knex, migrations: { skip: true } },
    idPrefix: config.ticketIdPrefix,
    timeZone: config.timeZone,
  });
  const store = stores.tickets;
  const scorecards = new ScorecardService(
    knex,
    stores.assessments,
    config.timeZone,
    config.ruleSets,
  );
  const driver = t.db === 'pg' ? pgDriver(t) : sqliteDriver(t);

  /** The statements `fn` issues through knex, in the order issued. */
  const captured = async fn => {
    const statements = [];
    const log = q =>
      statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
    knex.on('query', log);
    try {
      await fn();
    } finally {
      knex.off('query', log);
    }
    return statements;
  };

  return {
    /** A list request's statements (count, then page) one after the other, `times` times. */
    async list(params, times) {
      const query = common().listQuerySchema.parse(params);
      const statements = await captured(() => store.listTickets(query));
      return timed(times, () => driver.sequence(statements));
    },
    /** A ticket with its history: the ticket, then its events, for ids from `nextId`. */
    async detail(nextId, times) {
      const runs = [];
      for (let i = 0; i < times; i++) {
        const id = String(nextId());
        const statements = await captured(async () => [
          await store.getTicket(id),
          await store.getEvents(id),
        ]);
        runs.push(statements);
      }
      let i = 0;
      return timed(times, () => driver.sequence(runs[i++]));
    },
    /**
     * A report's statements all at once on a pool as large as the backend's: its wall time. Read
     * once first, so that what is captured is a read of kept months, as the backend's own.
     */
    async report(fn, times) {
      await fn(scorecards);
      const statements = await captured(() => fn(scorecards));
      return {
        statements: statements.length,
        ...(await timed(times, () => driver.parallel(statements))),
      };
    },
    async close() {
      await knex.destroy();
      await driver.close();
    },
  };
}

/** Runs `fn` `times` times, or fewer once PHASE_SECONDS have passed, like an HTTP phase. */
async function timed(times, fn) {
  const ms = [];
  const deadline = performance.now() + PHASE_SECONDS * 1000;
  for (let i = 0; i < times && (i < 3 || performance.now() < deadline); i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return {
    runs: ms.length,
    ...percentiles(ms),
    mean: round(ms.reduce((a, b) => a + b, 0) / ms.length),
  };
}

function pgDriver(t) {
  const pool = new pg.Pool({
    connectionString: `${pgUrl}/${t.database}`,
    max: POOL,
  });
  return {
    async sequence(statements) {
      const client = await pool.connect();
      try {
        for (const s of statements) await client.query(s.sql, s.bindings);
      } finally {
        client.release();
      }
    },
    parallel: statements =>
      Promise.all(statements.map(s => pool.query(s.sql, s.bindings))),
    close: () => pool.end(),
  };
}

/** SQLite answers one statement at a time (the backend's pool has one connection too). */
function sqliteDriver(t) {
  const db = new Database(t.filename, { readonly: true });
  const bind = v => (typeof v === 'boolean' ? Number(v) : v);
  const sequence = async statements => {
    for (const s of statements) db.prepare(s.sql).all(...s.bindings.map(bind));
  };
  return { sequence, parallel: sequence, close: async () => db.close() };
}
