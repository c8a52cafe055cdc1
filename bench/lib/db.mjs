// The benchmark's databases: one per engine and size, created fresh and dropped after the run.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory from 'knex';
import { paths } from './paths.mjs';

/** PostgreSQL server of the run (trust auth on this machine class); override with BENCH_PG_URL. */
export const pgUrl =
  process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432';

/**
 * Where a run keeps its data. On PostgreSQL the service desk gets `bench_sd_<size>` and the other
 * plugins databases prefixed `bench_<size>_`; on SQLite every plugin has its file in one folder,
 * the service desk's named by its plugin id as the backend names it.
 */
export function target(db, size) {
  if (db === 'pg') {
    return {
      db,
      size,
      database: `bench_sd_${size}`,
      pluginPrefix: `bench_${size}_`,
    };
  }
  const directory = path.join(paths.data, `sqlite-${size}`);
  return {
    db,
    size,
    directory,
    filename: path.join(directory, 'service-desk.sqlite'),
  };
}

export function connect(t) {
  if (t.db === 'pg') {
    return knexFactory({
      client: 'pg',
      connection: `${pgUrl}/${t.database}`,
      pool: { min: 0, max: 10 },
    });
  }
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: t.filename },
    useNullAsDefault: true,
  });
}

/** Drops what an earlier run left and creates the empty database with the product's migrations. */
export async function recreate(t) {
  await drop(t);
  if (t.db === 'pg') {
    await admin(k => k.raw('CREATE DATABASE ??', [t.database]));
  } else {
    fs.mkdirSync(t.directory, { recursive: true });
  }
  const k = connect(t);
  try {
    await k.migrate.latest({ directory: paths.migrations });
  } finally {
    await k.destroy();
  }
}

/**
 * VACUUM (ANALYZE) of the service desk's database, as autovacuum would have run on a live one:
 * after a run's writes, the trigram indexes' pending entries and stale statistics would otherwise
 * slow the next run's reads.
 */
export async function vacuum(t) {
  const k = connect(t);
  try {
    await k.raw('VACUUM (ANALYZE)');
  } finally {
    await k.destroy();
  }
}

/** Removes the run's databases (the service desk's and the other plugins'). */
export async function drop(t) {
  if (t.db !== 'pg') {
    fs.rmSync(t.directory, { recursive: true, force: true });
    return;
  }
  await admin(async k => {
    const { rows } = await k.raw(
      `SELECT datname FROM pg_database WHERE datname = ? OR starts_with(datname, ?)`,
      [t.database, t.pluginPrefix],
    );
    for (const { datname } of rows)
      await k.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
  });
}

async function admin(fn) {
  const k = knexFactory({ client: 'pg', connection: `${pgUrl}/postgres` });
  try {
    return await fn(k);
  } finally {
    await k.destroy();
  }
}
