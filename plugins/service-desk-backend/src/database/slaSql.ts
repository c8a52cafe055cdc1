import {
  SLA_CLOCKS,
  SlaClockDefinition,
  SlaClockTime,
  SlaTargets,
  clockStops,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { leastFunction } from './dialect';

/** A fragment of SQL over the tickets table with its `?` bindings. */
export interface SqlFragment {
  sql: string;
  bindings: number[];
}

/** After every running deadline: tickets whose clocks have all stopped sort last by time left. */
export const NO_DEADLINE = 8_640_000_000_000_000;

const COLUMNS: Record<SlaClockTime, string> = {
  occurredAt: 'occurred_at',
  acceptedAt: 'accepted_at',
  notifiedAt: 'notified_at',
  handedOverAt: 'handed_over_at',
  closedAt: 'closed_at',
};

// Bound as an integer: PostgreSQL takes the binding for a bigint beside the epoch columns.
const limitMs = (clock: SlaClockDefinition, targets: SlaTargets) =>
  Math.round(targets[clock.limit] * 60_000);

function startSql(clock: SlaClockDefinition): string {
  const columns = clock.startsAt.map(time => COLUMNS[time]);
  return columns.length > 1 ? `COALESCE(${columns.join(', ')})` : columns[0];
}

/** The clock applies to the row and none of its stops is recorded. */
function runningSql(clock: SlaClockDefinition, targets: SlaTargets): string {
  return [
    ...(clock.emergencyOnly ? ['emergency'] : []),
    ...clockStops(clock, targets).map(time => `${COLUMNS[time]} IS NULL`),
  ].join(' AND ');
}

/**
 * The nearest deadline of a ticket's running clocks (`NO_DEADLINE` when none runs), computed in
 * SQL so a list sorted by it pages.
 */
export function deadlineSortKey(db: Knex, targets: SlaTargets): SqlFragment {
  return {
    sql: `${leastFunction(db)}(${SLA_CLOCKS.map(
      clock =>
        `CASE WHEN ${runningSql(clock, targets)} THEN ${startSql(
          clock,
        )} + ? ELSE ? END`,
    ).join(', ')})`,
    bindings: SLA_CLOCKS.flatMap(clock => [
      limitMs(clock, targets),
      NO_DEADLINE,
    ]),
  };
}

/**
 * 1 where the clock stopped within its limit, else 0 (still running, or late). A clock stops at
 * its earliest stop, so it was met when any recorded stop came within the limit.
 */
export function clockMetCase(
  clock: SlaClockDefinition,
  targets: SlaTargets,
): SqlFragment {
  const stops = clockStops(clock, targets);
  const within = clock.metAtDeadline ? '<=' : '<';
  const met = stops
    .map(time => `${COLUMNS[time]} - ${startSql(clock)} ${within} ?`)
    .join(' OR ');
  return {
    sql: `CASE WHEN ${
      clock.emergencyOnly ? `emergency AND (${met})` : met
    } THEN 1 ELSE 0 END`,
    bindings: stops.map(() => limitMs(clock, targets)),
  };
}

/**
 * The tickets the SLA sweep looks at: open ones with a running clock (a closed ticket gets no
 * warnings, even where its response clock still runs).
 */
export function sweptTicketsWhere(targets: SlaTargets): SqlFragment {
  return {
    sql: `${COLUMNS.closedAt} IS NULL AND (${SLA_CLOCKS.map(
      clock => `(${runningSql(clock, targets)})`,
    ).join(' OR ')})`,
    bindings: [],
  };
}
