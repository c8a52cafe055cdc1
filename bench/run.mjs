// npm run bench -- [--db pg|sqlite] [--sizes 10000,100000] [--full] [--soak] [--soak-seconds 300]
//                  [--replicas 2] [--keep] [--reuse] [--port 7181]
//                  [--profile] [--profile-phases list.state.16,open.16]
// For each size: build the production backend, generate the data, start the backend on it,
// measure over HTTP and the bare SQL floors, then with --replicas N > 1 the HTTP phases again on
// N backends behind a loopback balancer, print the tables and write bench/results/*.json; then
// the rows across sizes (growth) and the soak, which runs at the largest size only. With --profile
// the single backend's CPU profile of the chosen phases, summarised by where the time went.
// --reuse measures the data an earlier --keep or bench/generate.mjs left instead of writing it
// anew (for trying a change; the phases' own writes stay in it).
import { parseArgs } from 'node:util';
import { buildBackend } from './lib/build.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pg' },
    sizes: { type: 'string' },
    full: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    'soak-seconds': { type: 'string' },
    replicas: { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    port: { type: 'string', default: '7181' },
    profile: { type: 'boolean', default: false },
    'profile-phases': { type: 'string' },
  },
});
const sizes = (
  values.sizes ?? (values.full ? '10000,100000,1000000' : '10000,100000')
)
  .split(',')
  .map(Number);
// --full compares 1 and 2 replicas where replicas can share a database.
const replicas = Number(
  values.replicas ?? (values.full && values.db === 'pg' ? 2 : 1),
);
if (!Number.isInteger(replicas) || replicas < 1) {
  console.error(`--replicas: a whole number of processes, 1 or more`);
  process.exit(2);
}
if (replicas > 1 && values.db !== 'pg') {
  console.error(
    `--replicas ${replicas}: only on PostgreSQL; a SQLite database is one process's file, which a second backend process cannot share`,
  );
  process.exit(2);
}
// Requests per phase at [1, 16] clients: enough for a stable p99, few enough for a 2-core machine.
const counts = {
  noop: [1000, 4000],
  list: [200, 800],
  detail: [500, 2000],
  open: [300, 2000],
  alerts: 2000,
  reports: 3,
  sql: 100,
};

// --profile-phases alone asks for profiles too. Off by default: the profiler slows what it samples.
const profile =
  values.profile || values['profile-phases']
    ? (values['profile-phases'] ?? 'list.state.16,open.16').split(',')
    : [];
if (profile.length > 0)
  console.log(
    `profiling ${profile.join(
      ', ',
    )}: those phases' figures will be lower than an unprofiled run's`,
  );

await buildBackend();
// Loaded after the build: they run the product's modules from it.
const { drop, target } = await import('./lib/db.mjs');
const { generate, existing } = await import('./lib/generate.mjs');
const { measure } = await import('./lib/phases.mjs');
const { eventLoopLine, peakRssLine, printTable, writeResult } = await import(
  './lib/report.mjs'
);
const { SOAK_SECONDS, rowsOf, runRows } = await import('./lib/targets.mjs');
const { measureReplicas } = await import('./lib/replicas.mjs');
const { printProfiles } = await import('./lib/profile.mjs');
const { replicaRows, replicaTitle } = await import('./lib/replicaRows.mjs');
// --soak-seconds alone asks for a soak too (a short one, to try it).
const soakSeconds = values['soak-seconds']
  ? Number(values['soak-seconds'])
  : values.soak || values.full
  ? SOAK_SECONDS
  : 0;
const largest = Math.max(...sizes);
const results = [];
let last;
for (const size of sizes) {
  console.log(`\n== ${values.db}, ${size} tickets`);
  const data = values.reuse
    ? await existing(values.db, size)
    : await generate(values.db, size);
  try {
    const measured = await measure(target(values.db, size), {
      port: Number(values.port),
      counts,
      soakSeconds: size === largest ? soakSeconds : 0,
      profile,
    });
    const result = {
      db: values.db,
      size,
      generated: data,
      counts,
      ...measured,
    };
    const rows = rowsOf(result);
    printTable(`${values.db}, ${size} tickets`, rows);
    console.log(peakRssLine(result));
    console.log(eventLoopLine(result));
    printProfiles(result);
    const unknown = profile.filter(name => !result.phases[name]);
    if (unknown.length > 0)
      console.log(`--profile-phases: no phase ${unknown.join(', ')}`);
    if (replicas > 1) {
      console.log(`\n== ${values.db}, ${size} tickets, ${replicas} replicas`);
      result.replicas = await measureReplicas(target(values.db, size), {
        port: Number(values.port),
        replicas,
        counts,
      });
      result.replicas.table = replicaRows(result);
      printTable(
        replicaTitle(values.db, size, replicas),
        result.replicas.table,
      );
      const label = `${replicas} replicas, the largest of any`;
      console.log(`${label}: ${peakRssLine(result.replicas)}`);
      console.log(`${label}: ${eventLoopLine(result.replicas)}`);
    }
    console.log(`results: ${writeResult(result, rows)}`);
    results.push(result);
    if (size === largest) last = { result, rows };
  } finally {
    if (!values.keep && !values.reuse) await drop(target(values.db, size));
  }
}
const run = runRows(results);
printTable(`${values.db}, growth and soak`, run);
// The largest size's file keeps the rows that no single size has.
writeResult(last.result, last.rows, { sizes, table: run });
