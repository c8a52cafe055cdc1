// The figures of a run as one table (measure, value, floor, ratio, target, met?) and as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LISTS } from './phases.mjs';
import { paths } from './paths.mjs';

const r1 = x => Math.round(x * 10) / 10;
const r2 = x => Math.round(x * 100) / 100;

/** The rows of one database and size; targets as issue 6 sets them. */
export function rowsOf({ phases: p, floors: f }) {
  const noop = p['noop.16'].perSecond;
  const rows = [
    row(
      'no-op GET /me, 1 client p50/p95 (ms)',
      `${p['noop.1'].p50} / ${p['noop.1'].p95}`,
    ),
    row('no-op GET /me, 16 clients (req/s)', noop),
  ];
  for (const name of Object.keys(LISTS)) {
    const [one, sixteen, sql] = [
      p[`list.${name}.1`],
      p[`list.${name}.16`],
      f[`list.${name}`],
    ];
    const label = `page of 50 by ${name}`;
    rows.push(
      row(
        `${label}, 1 client p50/p95/p99 (ms)`,
        `${one.p50} / ${one.p95} / ${one.p99}`,
        sql.p95,
        r2(one.p95 / sql.p95),
      ),
      row(
        `${label}, 16 clients p95 (ms)`,
        sixteen.p95,
        sql.p95,
        r2(sixteen.p95 / sql.p95),
        '≤ 30 ms',
        sixteen.p95 <= 30,
      ),
      row(
        `${label}, 16 clients (req/s)`,
        sixteen.perSecond,
        noop,
        r2(sixteen.perSecond / noop),
        '≥ 60 % of no-op',
        sixteen.perSecond >= 0.6 * noop,
      ),
    );
  }
  const [d1, d16] = [p['detail.1'], p['detail.16']];
  rows.push(
    row(
      'ticket with history, 1 client p50/p95 (ms)',
      `${d1.p50} / ${d1.p95}`,
      f.detail.p95,
      r2(d1.p95 / f.detail.p95),
      'p95 ≤ 20 ms',
      d1.p95 <= 20,
    ),
    row(
      'ticket with history, 16 clients p50/p95 (ms)',
      `${d16.p50} / ${d16.p95}`,
      f.detail.p95,
      r2(d16.p95 / f.detail.p95),
    ),
  );
  for (const [name, label] of [
    ['scorecard', "year's scorecard (ms)"],
    ['statistics', '§6 statistics per month, year (ms)'],
  ]) {
    const ms = p[name].medianMs;
    const floor = f[name].p50;
    const ratio = r2(ms / floor);
    const target =
      name === 'scorecard'
        ? ['≤ 1500 ms and ≤ 2 × SQL', ms <= 1500 && ratio <= 2]
        : [];
    rows.push(row(label, ms, floor, ratio, ...target));
  }
  rows.push(
    row(
      "RSS growth during the year's scorecard (MB)",
      p.scorecard.maxGrowthMb,
      undefined,
      undefined,
      '≤ 64 MB',
      p.scorecard.maxGrowthMb <= 64,
    ),
  );
  for (const c of [1, 16]) {
    const open = p[`open.${c}`].perSecond;
    const target =
      c === 16
        ? ['≥ 500/s and ≥ 40 % of no-op', open >= 500 && open >= 0.4 * noop]
        : [];
    rows.push(
      row(
        `open tickets, ${c} client${c > 1 ? 's' : ''} (tickets/s)`,
        open,
        noop,
        r2(open / noop),
        ...target,
      ),
    );
    const act = p[`act.${c}`].perSecond;
    rows.push(
      row(
        `dispatch actions, ${c} client${c > 1 ? 's' : ''} (actions/s)`,
        act,
        noop,
        r2(act / noop),
      ),
    );
  }
  return rows;
}

/** Growth from the smallest to the largest size of the run (PostgreSQL's sizes, say). */
export function growthRows(results) {
  if (results.length < 2) return [];
  const [small, large] = [results[0], results[results.length - 1]];
  const label = `${small.size} → ${large.size}`;
  const grow = pick => r2(pick(large) / pick(small));
  const rows = Object.keys(LISTS).map(name => {
    const g = grow(r => r.phases[`list.${name}.16`].p95);
    return row(
      `page of 50 by ${name}, p95 growth ${label}`,
      `× ${g}`,
      undefined,
      undefined,
      '≤ × 2',
      g <= 2,
    );
  });
  const detail = grow(r => r.phases['detail.1'].p95);
  rows.push(
    row(
      `ticket with history, p95 growth ${label}`,
      `× ${detail}`,
      undefined,
      undefined,
      '≤ × 2',
      detail <= 2,
    ),
  );
  const scorecard = grow(r => r.phases.scorecard.medianMs);
  const linear = r2(large.size / small.size);
  rows.push(
    row(
      `year's scorecard growth ${label}`,
      `× ${scorecard}`,
      undefined,
      undefined,
      `≤ × ${linear} (linear)`,
      scorecard <= linear,
    ),
  );
  return rows;
}

function row(measure, value, floor, ratio, target, met) {
  return {
    measure,
    value,
    floor: floor ?? '',
    ratio: ratio ?? '',
    target: target ?? '',
    met: met === undefined ? '' : met ? 'yes' : 'NO',
  };
}

/** One line: the backend's peak resident memory in each phase. */
export function peakRssLine({ phases }) {
  return `peak RSS by phase (MB): ${Object.entries(phases)
    .map(([name, v]) => `${name} ${Math.round(v.rss.peakMb)}`)
    .join(', ')}`;
}

export function printTable(title, rows) {
  const columns = ['measure', 'value', 'floor', 'ratio', 'target', 'met'];
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

/** bench/results/<db>-<size>-<date>.json: the machine, the data, every phase and the table. */
export function writeResult(result, rows) {
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
      { date: new Date().toISOString(), machine, ...result, table: rows },
      null,
      2,
    )}\n`,
  );
  return file;
}
