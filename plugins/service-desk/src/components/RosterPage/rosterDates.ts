import { RosterSlot } from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';

export type RosterScope = 'week' | 'month';

export interface DateRange {
  from: string;
  to: string;
}

// Local dates (yyyy-MM-dd) carry no zone of their own; computing on them in UTC keeps a DST
// change in the browser's zone from shifting a day.
const day = (date: string) => DateTime.fromISO(date, { zone: 'utc' });
const iso = (d: DateTime) => d.toISODate()!;

/** Today's date in the desk's time zone: at 01:00 in Shanghai it is already tomorrow in UTC. */
export function today(timeZone: string): string {
  return iso(DateTime.now().setZone(timeZone));
}

/** The dates a view shows: a week runs Monday to Sunday; a month fills whole weeks, like a calendar. */
export function viewRange(scope: RosterScope, anchor: string): DateRange {
  const d = day(anchor);
  const [first, last] =
    scope === 'week' ? [d, d] : [d.startOf('month'), d.endOf('month')];
  return { from: iso(first.startOf('week')), to: iso(last.endOf('week')) };
}

/** The dates "Plan week" or "Plan month" covers: the month's own days, not its neighbours'. */
export function planRange(scope: RosterScope, anchor: string): DateRange {
  if (scope === 'week') return viewRange(scope, anchor);
  const d = day(anchor);
  return { from: iso(d.startOf('month')), to: iso(d.endOf('month')) };
}

export function moveAnchor(
  scope: RosterScope,
  anchor: string,
  step: number,
): string {
  return iso(
    day(anchor).plus(scope === 'week' ? { weeks: step } : { months: step }),
  );
}

export function datesOf(range: DateRange): string[] {
  const dates: string[] = [];
  for (let d = day(range.from); iso(d) <= range.to; d = d.plus({ days: 1 }))
    dates.push(iso(d));
  return dates;
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * The instant of a local time (HH:mm) within a slot. A duty slot runs past midnight into the next
 * day, so a time before the slot's start (or, for its end, not after it) falls on the next day.
 */
export function instantInSlot(
  slot: RosterSlot,
  time: string,
  timeZone: string,
  isEnd: boolean,
): string {
  const start = DateTime.fromISO(slot.start);
  let at = DateTime.fromISO(`${slot.date}T${time}`, { zone: timeZone });
  if (isEnd ? at <= start : at < start) at = at.plus({ days: 1 });
  return at.toUTC().toISO()!;
}
