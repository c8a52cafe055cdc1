// The figures of a run as tables (measure, value, floor, ratio, target, met; a replica run's
// have their own columns) and as JSON; the rows themselves are in targets.mjs and replicaRows.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paths } from './paths.mjs';

const r1 = x => Math.round(x * 10) / 10;

/** One line of the table; `met` is the verdict as printed ('met', 'not met', 'not measured'…). */
export function row(measure, value, floor, ratio, target, met) {
  return {
    measure,
    value,
    floor: floor ?? '',
    ratio: ratio ?? '',
    target: target ?? '',
    met: met ?? '',
  };
}

/** One line: the backend's peak resident memory in each phase. */
export function peakRssLine({ phases }) {
  return `peak RSS by phase (MB): ${Object.entries(phases)
    .map(([name, v]) => `${name} ${Math.round(v.rss.peakMb)}`)
    .join(', ')}`;
}

/** One line: the longest the backend's event loop was late in each phase. */
export function eventLoopLine({ phases }) {
  const measured = Object.entries(phases).filter(([, v]) => v.eventLoop);
  if (measured.length === 0) return 'event loop delay: not measured';
  return `event loop's longest delay by phase (ms): ${measured
    .map(([name, v]) => `${name} ${v.eventLoop.maxMs}`)
    .join(', ')}`;
}

/** The rows' keys, in the first row's order, are the columns. */
export function printTable(title, rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map(c =>
    Math.max(c.length, ...rows.map(r => String(r[c]).length)),
  );
  const line = cells =>
    cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
  console.log(
    `\n${title}\n${line(columns)}\n${widths
      .map(w => '-'.repeat(w))
      .join('-|-')}`,
  );
  for (const r of rows) console.log(line(columns.map(c => r[c])));
}

/**
 * bench/results/<db>-<size>-<date>.json: the machine, the data, every phase and the table; the
 * largest size's file also gets `run`, the rows that compare sizes (growth) and the soak.
 */
export function writeResult(result, rows, run) {
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(
    paths.results,
    `${result.db}-${result.size}-${date}.json`,
  );
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: r1(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  fs.mkdirSync(paths.results, { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      { date: new Date().toISOString(), machine, ...result, table: rows, run },
      null,
      2,
    )}\n`,
  );
  return file;
}
