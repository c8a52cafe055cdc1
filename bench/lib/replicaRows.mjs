// The table of a replica run: each HTTP phase at 16 clients on the one backend of the ordinary run
// (straight to it) beside the same phase on N replicas through the balancer. The N-replica figures
// have the no-op through the balancer to N replicas as their floor, as the ordinary run's have its
// no-op; the balancer's own rows (the no-op through it to one replica) have as theirs the no-op
// straight to that replica, measured beside it in the replica run. No targets: issue 15 asks
// only that an operator can see what a second replica buys.
import { LISTS } from './phases.mjs';

const r2 = x => Math.round(x * 100) / 100;
const ratio = (value, floor) =>
  value > 0 && floor > 0 ? r2(value / floor) : '';

/** The title that says what the floor column holds. */
export function replicaTitle(db, size, count) {
  return `${db}, ${size} tickets, 1 replica (straight to it) and ${count} (through the balancer); floor: the no-op through the balancer to ${count}, or straight to the replica for the balancer's own rows`;
}

export function replicaRows({
  phases: one,
  replicas: { count, phases: many },
}) {
  const row = (measure, single, replicated, floor) => ({
    measure,
    '1 replica': single ?? '',
    [`${count} replicas`]: replicated ?? '',
    [`${count} ÷ 1`]: ratio(replicated, single),
    floor: floor ?? '',
    ratio: ratio(replicated ?? single, floor),
  });
  const balanced = many['noop.16'];
  const rows = [
    row(
      'no-op GET /me, 1 client p50 (ms)',
      one['noop.1'].p50,
      many['noop.1'].p50,
    ),
    row(
      'no-op GET /me through the balancer to 1 replica, 1 client p50 (ms)',
      many['noop.balanced-one.1'].p50,
      undefined,
      many['noop.direct-one.1'].p50,
    ),
    row(
      'no-op GET /me, 16 clients (req/s)',
      one['noop.16'].perSecond,
      balanced.perSecond,
    ),
    row(
      'no-op GET /me through the balancer to 1 replica, 16 clients (req/s)',
      many['noop.balanced-one.16'].perSecond,
      undefined,
      many['noop.direct-one.16'].perSecond,
    ),
    row('no-op GET /me, 16 clients p95 (ms)', one['noop.16'].p95, balanced.p95),
  ];
  const screens = [
    ...Object.keys(LISTS).map(name => [
      `list.${name}`,
      `page of 50 by ${name}`,
    ]),
    ['detail', 'ticket with history'],
  ];
  for (const [phase, label] of screens) {
    const [a, b] = [one[`${phase}.16`], many[`${phase}.16`]];
    rows.push(
      row(
        `${label}, 16 clients (req/s)`,
        a.perSecond,
        b.perSecond,
        balanced.perSecond,
      ),
      row(`${label}, 16 clients p95 (ms)`, a.p95, b.p95, balanced.p95),
    );
  }
  for (const [phase, label] of [
    ['open', 'open tickets, 16 clients (tickets/s)'],
    ['act', 'dispatch actions, 16 clients (actions/s)'],
  ]) {
    rows.push(
      row(
        label,
        one[`${phase}.16`].perSecond,
        many[`${phase}.16`].perSecond,
        balanced.perSecond,
      ),
    );
  }
  return rows;
}
