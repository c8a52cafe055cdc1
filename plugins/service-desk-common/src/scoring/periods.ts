import { DateTime, IANAZone } from 'luxon';

/**
 * Reporting periods of SPEC §6, bucketed in the desk's time zone. All calendar arithmetic is done
 * by luxon in that zone (local midnights), so ranges stay right across daylight-saving changes;
 * the results are UTC instants.
 */
export const PERIOD_KINDS = [
  'cycle',
  'month',
  'quarter',
  'half',
  'year',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A half-open range of instants: start inclusive, end exclusive. */
export interface PeriodRange {
  start: Date;
  end: Date;
}

/** A parsed label. `index` is the month (cycle, month), quarter or half; 1 for a year. */
export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  index: number;
}

const PATTERNS: Record<PeriodKind, RegExp> = {
  cycle: /^(\d{4})-(0[1-9]|1[0-2])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half: /^(\d{4})-H([12])$/,
  year: /^(\d{4})()$/,
};
const EXAMPLES: Record<PeriodKind, string> = {
  cycle: '2026-11',
  month: '2026-11',
  quarter: '2026-Q4',
  half: '2026-H2',
  year: '2026',
};
const MONTHS_IN: Record<PeriodKind, number> = {
  cycle: 1,
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};
const PER_YEAR: Record<PeriodKind, number> = {
  cycle: 12,
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

export function parsePeriodLabel(
  kind: PeriodKind,
  label: string,
): ParsedPeriod {
  const match = PATTERNS[kind]?.exec(label);
  if (!match) {
    throw new RangeError(
      `'${label}' is not a ${kind} label like '${EXAMPLES[kind] ?? '?'}'`,
    );
  }
  return {
    kind,
    year: Number(match[1]),
    index: match[2] ? Number(match[2]) : 1,
  };
}

export function formatPeriodLabel({ kind, year, index }: ParsedPeriod): string {
  const y = String(year).padStart(4, '0');
  switch (kind) {
    case 'cycle':
    case 'month':
      return `${y}-${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${index}`;
    case 'half':
      return `${y}-H${index}`;
    default:
      return y;
  }
}

/**
 * Days 29–31 are missing from some months, and with day 1 a cycle would be a calendar month
 * named by the month after it; 2–28 keeps "named by the month in which it ends" true.
 */
function checkCycleStartDay(day: number) {
  if (!Number.isInteger(day) || day < 2 || day > 28) {
    throw new RangeError(
      `cycleStartDay must be a whole day from 2 to 28, got ${day}`,
    );
  }
}

function checkZone(zone: string) {
  if (!IANAZone.isValidZone(zone))
    throw new RangeError(`unknown time zone '${zone}'`);
}

/** Local midnight of a day; `month` may run past 1–12 and carries into the year. */
function localMidnight(
  year: number,
  month: number,
  day: number,
  zone: string,
): DateTime {
  checkZone(zone);
  const carried = year * 12 + (month - 1);
  return DateTime.fromObject(
    { year: Math.floor(carried / 12), month: (carried % 12) + 1, day },
    { zone },
  );
}

/**
 * The instants a period covers. A cycle named 'Y-M' runs from day `cycleStartDay` of the month
 * before M, 00:00 local, to the same day of M, 00:00 local (the 21st → the 20th inclusive).
 */
export function periodRange(
  kind: PeriodKind,
  label: string,
  timeZone: string,
  cycleStartDay = 21,
): PeriodRange {
  const { year, index } = parsePeriodLabel(kind, label);
  let start: DateTime;
  let end: DateTime;
  if (kind === 'cycle') {
    checkCycleStartDay(cycleStartDay);
    start = localMidnight(year, index - 1, cycleStartDay, timeZone);
    end = localMidnight(year, index, cycleStartDay, timeZone);
  } else {
    const firstMonth =
      kind === 'month' ? index : (index - 1) * MONTHS_IN[kind] + 1;
    start = localMidnight(year, firstMonth, 1, timeZone);
    end = localMidnight(year, firstMonth + MONTHS_IN[kind], 1, timeZone);
  }
  return { start: start.toJSDate(), end: end.toJSDate() };
}

/** The label of the period of a kind that holds an instant. */
export function periodContaining(
  kind: PeriodKind,
  instant: Date,
  timeZone: string,
  cycleStartDay = 21,
): string {
  checkZone(timeZone);
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (kind === 'cycle') {
    checkCycleStartDay(cycleStartDay);
    const month = local.day >= cycleStartDay ? local.month + 1 : local.month;
    const next = localMidnight(local.year, month, 1, timeZone);
    return formatPeriodLabel({ kind, year: next.year, index: next.month });
  }
  if (!(kind in MONTHS_IN))
    throw new RangeError(`unknown period kind '${kind}'`);
  const index =
    kind === 'month'
      ? local.month
      : Math.floor((local.month - 1) / MONTHS_IN[kind]) + 1;
  return formatPeriodLabel({ kind, year: local.year, index });
}

/** Every period of a kind named in a year, in order, for trend charts. */
export function periodsOfYear(kind: PeriodKind, year: number): string[] {
  return Array.from({ length: PER_YEAR[kind] }, (_, i) =>
    formatPeriodLabel({ kind, year, index: i + 1 }),
  );
}

/**
 * The calendar months ('2026-11') whose first midnight lies in the range: for a month, quarter,
 * half or year exactly its months; for a cycle, the month it is named by.
 */
export function monthsOf(range: PeriodRange, timeZone: string): string[] {
  checkZone(timeZone);
  const first = DateTime.fromJSDate(range.start, { zone: timeZone });
  const months: string[] = [];
  for (let m = localMidnight(first.year, first.month, 1, timeZone); ; ) {
    if (m.toMillis() >= range.end.getTime()) return months;
    if (m.toMillis() >= range.start.getTime()) {
      months.push(
        formatPeriodLabel({ kind: 'month', year: m.year, index: m.month }),
      );
    }
    m = localMidnight(m.year, m.month + 1, 1, timeZone);
  }
}

/**
 * The assessment cycles that count towards a period: those that END inside it (start < end ≤
 * range end). For a month, quarter, half or year these are the cycles NAMED by its months (the
 * cycles of 2026 are '2026-01' … '2026-12', the first of which starts on 2025-12-21); for a cycle,
 * the cycle itself. A cycle is never split between two periods, so per-cycle deductions summed
 * over the quarters of a year equal the year's.
 */
export function cyclesOverlapping(
  range: PeriodRange,
  timeZone: string,
  cycleStartDay = 21,
): string[] {
  const cycles: string[] = [];
  let label = periodContaining('cycle', range.start, timeZone, cycleStartDay);
  for (;;) {
    const { end } = periodRange('cycle', label, timeZone, cycleStartDay);
    if (end.getTime() > range.end.getTime()) return cycles;
    cycles.push(label);
    const { year, index } = parsePeriodLabel('cycle', label);
    label = formatPeriodLabel({
      kind: 'cycle',
      year: index === 12 ? year + 1 : year,
      index: (index % 12) + 1,
    });
  }
}
