// The table's rows with issue 15's targets, each beside its floor from the same run: the no-op's
// rate and p95 for HTTP work, the bare SQL for reads, the smaller size for growth, the no-op's
// own event-loop delay for the loop. A target the run did not measure is printed as such.
import { LISTS } from './phases.mjs';
import { row } from './report.mjs';

/** Each engine's large size, where the absolute targets hold: the largest --full runs on it. */
const LARGE = { pg: 1_000_000, sqlite: 100_000 };
/** The sizes growth is measured between, when one invocation ran both. */
const GROWTH = [10_000, 1_000_000];
/** The soak the RSS target is for. */
export const SOAK_SECONDS = 300;

const SHARE_OF_NOOP = 0.6;
const P95_OF_NOOP = 3;
const OPEN_PER_SECOND = 500;
const OPEN_SHARE_OF_NOOP = 0.4;
const REPORT_MS = { scorecard: 1500, statistics: 1000 };
const TEXT_P95_MS = { pg: 50, sqlite: 100 };
const LOOP_DELAY_MS = 20;
const FLAT_GROWTH = 1.3;
const SOAK_GROWTH_MB = 32;

const NOT_MEASURED = 'not measured';
const verdict = ok => (ok ? 'met' : 'not met');
const r1 = x => Math.round(x * 10) / 10;
const r2 = x => Math.round(x * 100) / 100;
const ratio = (value, floor) => (floor > 0 ? r2(value / floor) : '');
const count = n => n.toLocaleString('en').replace(/,/g, ' ');
/** The phases that send one request at a time: a late loop there is the product's own doing. */
const oneAtATime = name =>
  name.endsWith('.1') || name === 'scorecard' || name === 'statistics';

/** The rows of one database and size. */
export function rowsOf({ db, size, phases: p, floors: f }) {
  const noop = p['noop.16'];
  const large = LARGE[db];
  const atLarge = ok =>
    size === large ? verdict(ok) : `${NOT_MEASURED} at this size`;
  const rows = [
    row(
      'no-op GET /me, 1 client p50/p95 (ms)',
      `${p['noop.1'].p50} / ${p['noop.1'].p95}`,
    ),
    row('no-op GET /me, 16 clients (req/s)', noop.perSecond),
    row('no-op GET /me, 16 clients p50/p95 (ms)', `${noop.p50} / ${noop.p95}`),
  ];
  const read = (label, one, sixteen, sql) =>
    rows.push(
      row(
        `${label}, 1 client p50/p95/p99 (ms)`,
        `${one.p50} / ${one.p95} / ${one.p99}`,
        sql.p95,
        ratio(one.p95, sql.p95),
      ),
      row(
        `${label}, 16 clients (req/s)`,
        sixteen.perSecond,
        noop.perSecond,
        ratio(sixteen.perSecond, noop.perSecond),
        `≥ ${SHARE_OF_NOOP * 100} % of no-op`,
        verdict(sixteen.perSecond >= SHARE_OF_NOOP * noop.perSecond),
      ),
      row(
        `${label}, 16 clients p95 (ms)`,
        sixteen.p95,
        noop.p95,
        ratio(sixteen.p95, noop.p95),
        `≤ ${P95_OF_NOOP} × no-op p95`,
        verdict(sixteen.p95 <= P95_OF_NOOP * noop.p95),
      ),
    );
  for (const name of Object.keys(LISTS)) {
    read(
      `page of 50 by ${name}`,
      p[`list.${name}.1`],
      p[`list.${name}.16`],
      f[`list.${name}`],
    );
  }
  const text = p['list.text.16'].p95;
  rows.push(
    row(
      'page of 50 by text, 16 clients p95 against SQL (ms)',
      text,
      f['list.text'].p95,
      ratio(text, f['list.text'].p95),
      `≤ ${TEXT_P95_MS[db]} ms at ${count(large)}`,
      atLarge(text <= TEXT_P95_MS[db]),
    ),
  );
  read('ticket with history', p['detail.1'], p['detail.16'], f.detail);

  for (const [name, label] of [
    ['scorecard', "year's scorecard (ms)"],
    ['statistics', '§6 statistics per month, year (ms)'],
  ]) {
    const ms = p[name].medianMs;
    rows.push(
      row(
        label,
        ms,
        f[name].p50,
        ratio(ms, f[name].p50),
        `≤ ${REPORT_MS[name]} ms at ${count(large)}`,
        atLarge(ms <= REPORT_MS[name]),
      ),
    );
  }
  rows.push(
    row(
      "year's scorecard, first read: keeps the closed months (ms)",
      p.scorecard.firstMs,
    ),
    row("RSS growth during the year's scorecard (MB)", p.scorecard.maxGrowthMb),
  );

  const open = p['open.16'].perSecond;
  const act = p['act.16'].perSecond;
  const rate = (label, value, target, met) =>
    row(
      label,
      value,
      noop.perSecond,
      ratio(value, noop.perSecond),
      target,
      met,
    );
  rows.push(
    rate('open tickets, 1 client (tickets/s)', p['open.1'].perSecond),
    rate(
      'open tickets, 16 clients (tickets/s)',
      open,
      `≥ ${OPEN_PER_SECOND}/s or ≥ ${OPEN_SHARE_OF_NOOP * 100} % of no-op`,
      openVerdict(open, noop.perSecond),
    ),
    rate('dispatch actions, 1 client (actions/s)', p['act.1'].perSecond),
    rate(
      'dispatch actions, 16 clients (actions/s)',
      act,
      `≥ ${SHARE_OF_NOOP * 100} % of no-op`,
      verdict(act >= SHARE_OF_NOOP * noop.perSecond),
    ),
  );
  const burst = p['alerts.16'];
  if (burst)
    rows.push(
      rate(
        `alert burst: ${count(
          burst.requests,
        )} alerts of one fault, 16 clients (alerts/s)`,
        burst.perSecond,
      ),
      row(
        'alert burst: tickets it opened',
        burst.ticketsOpened,
        '',
        '',
        'one ticket',
        verdict(burst.ticketsOpened === 1 && burst.tickets === 1),
      ),
    );
  rows.push(loopRow(p, large, atLarge));
  return rows;
}

/** Which of the two alternatives the rate of opening tickets met. */
function openVerdict(open, noop) {
  const byRate = open >= OPEN_PER_SECOND;
  const byShare = open >= OPEN_SHARE_OF_NOOP * noop;
  if (byRate && byShare) return 'met (both)';
  if (byRate) return `met (≥ ${OPEN_PER_SECOND}/s)`;
  if (byShare) return `met (≥ ${OPEN_SHARE_OF_NOOP * 100} % of no-op)`;
  return 'not met (neither)';
}

/** The longest delay of the one-request phases, beside the no-op's own. */
function loopRow(p, large, atLarge) {
  const label = "event loop's longest delay, one-request phases (ms)";
  const target = `≤ ${LOOP_DELAY_MS} ms at ${count(large)}`;
  const measured = Object.entries(p).filter(
    ([name, v]) => oneAtATime(name) && v.eventLoop,
  );
  if (measured.length === 0)
    return row(label, NOT_MEASURED, '', '', target, NOT_MEASURED);
  const [worst, { eventLoop }] = measured.reduce((a, b) =>
    b[1].eventLoop.maxMs > a[1].eventLoop.maxMs ? b : a,
  );
  const floor = p['noop.1'].eventLoop?.maxMs;
  return row(
    label,
    `${eventLoop.maxMs} (${worst})`,
    floor,
    ratio(eventLoop.maxMs, floor),
    target,
    atLarge(eventLoop.maxMs <= LOOP_DELAY_MS),
  );
}

/**
 * The rows across one invocation's sizes: growth from 10 000 to 1 000 000 (shown between the
 * smallest and largest size when the run lacks one of them, but then not judged), and the soak.
 */
export function runRows(results) {
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const bySize = new Map(sorted.map(r => [r.size, r]));
  const judged = GROWTH.every(s => bySize.has(s));
  const [small, big] = judged
    ? GROWTH.map(s => bySize.get(s))
    : [sorted[0], sorted[sorted.length - 1]];
  const between = `${count(GROWTH[0])} → ${count(GROWTH[1])}`;
  const growth = (label, pick, limit, target) => {
    if (!small || small === big)
      return row(label, NOT_MEASURED, '', '', target, NOT_MEASURED);
    const [from, to] = [pick(small), pick(big)];
    return row(
      `${label}, ${count(small.size)} → ${count(big.size)}`,
      to,
      from,
      ratio(to, from),
      target,
      judged ? verdict(to <= limit * from) : NOT_MEASURED,
    );
  };
  const screens = [
    ...Object.keys(LISTS).map(name => [
      `list.${name}.16`,
      `page of 50 by ${name}`,
    ]),
    ['detail.16', 'ticket with history'],
  ];
  const rows = screens.map(([phase, label]) =>
    growth(
      `${label}, 16 clients p50 (ms)`,
      r => r.phases[phase].p50,
      FLAT_GROWTH,
      `growth ≤ ${FLAT_GROWTH} × (${between})`,
    ),
  );
  const linear = GROWTH[1] / GROWTH[0];
  rows.push(
    growth(
      "year's scorecard (ms)",
      r => r.phases.scorecard.medianMs,
      linear,
      `growth ≤ ${linear} × (linear, ${between})`,
    ),
    ...soakRows(sorted.find(r => r.phases.soak)),
  );
  return rows;
}

/** The soak's load and the RSS it grew by, judged only for a soak as long as the target's. */
function soakRows(result) {
  const target = `≤ ${SOAK_GROWTH_MB} MB over ${SOAK_SECONDS} s`;
  const label = 'backend RSS growth under mixed load at 16 clients (MB)';
  if (!result) return [row(label, NOT_MEASURED, '', '', target, NOT_MEASURED)];
  const { seconds, perSecond, p95, rss } = result.phases.soak;
  const grown = r1(rss.endMb - rss.startMb);
  return [
    row(
      `soak: ${seconds} s of mixed load at ${count(
        result.size,
      )} tickets (req/s; p95 ms)`,
      `${perSecond}; ${p95}`,
    ),
    row(
      'soak: backend RSS at start → end (MB)',
      `${rss.startMb} → ${rss.endMb}`,
    ),
    row(
      label,
      grown,
      '',
      '',
      target,
      seconds >= SOAK_SECONDS
        ? verdict(grown <= SOAK_GROWTH_MB)
        : `${NOT_MEASURED} (${seconds} s)`,
    ),
  ];
}
