// npm run bench -- [--db pg|sqlite] [--sizes 10000,100000] [--full] [--soak] [--soak-seconds 300]
//                  [--keep] [--port 7181]
// For each size: build the production backend, generate the data, start the backend on it,
// measure over HTTP and the bare SQL floors, print the table and write bench/results/*.json;
// then the rows across sizes (growth) and the soak, which runs at the largest size only.
import { parseArgs } from 'node:util';
import { buildBackend } from './lib/build.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pg' },
    sizes: { type: 'string' },
    full: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    'soak-seconds': { type: 'string' },
    keep: { type: 'boolean', default: false },
    port: { type: 'string', default: '7181' },
  },
});
const sizes = (
  values.sizes ?? (values.full ? '10000,100000,1000000' : '10000,100000')
)
  .split(',')
  .map(Number);
// Requests per phase at [1, 16] clients: enough for a stable p99, few enough for a 2-core machine.
const counts = {
  noop: [1000, 4000],
  list: [200, 800],
  detail: [500, 2000],
  open: [300, 2000],
  reports: 3,
  sql: 100,
};

await buildBackend();
// Loaded after the build: they run the product's modules from it.
const { drop, target } = await import('./lib/db.mjs');
const { generate } = await import('./lib/generate.mjs');
const { measure } = await import('./lib/phases.mjs');
const { eventLoopLine, peakRssLine, printTable, writeResult } = await import(
  './lib/report.mjs'
);
const { SOAK_SECONDS, rowsOf, runRows } = await import('./lib/targets.mjs');
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
  const data = await generate(values.db, size);
  try {
    const measured = await measure(target(values.db, size), {
      port: Number(values.port),
      counts,
      soakSeconds: size === largest ? soakSeconds : 0,
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
    console.log(`results: ${writeResult(result, rows)}`);
    results.push(result);
    if (size === largest) last = { result, rows };
  } finally {
    if (!values.keep) await drop(target(values.db, size));
  }
}
const run = runRows(results);
printTable(`${values.db}, growth and soak`, run);
// The largest size's file keeps the rows that no single size has.
writeResult(last.result, last.rows, { sizes, table: run });
