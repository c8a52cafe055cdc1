import {
  PeriodKind,
  formatPeriodLabel,
  parsePeriodLabel,
  periodsOfYear,
} from './periods';

/**
 * The `count` periods of a kind that end with `label`, oldest first, across year boundaries
 * (the cycles before 2027-02 are 2026-12 and 2027-01): the trend a home card shows.
 */
export function recentPeriods(
  kind: PeriodKind,
  label: string,
  count: number,
): string[] {
  const { year, index } = parsePeriodLabel(kind, label);
  const perYear = periodsOfYear(kind, year).length;
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    // Counted from year 0 so a step back across January carries into the year before.
    const ordinal = year * perYear + (index - 1) - back;
    out.push(
      formatPeriodLabel({
        kind,
        year: Math.floor(ordinal / perYear),
        index: (ordinal % perYear) + 1,
      }),
    );
  }
  return out;
}
