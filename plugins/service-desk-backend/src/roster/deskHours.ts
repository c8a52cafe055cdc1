import { RosterSlotRef } from '@internal/plugin-service-desk-common';
import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { DateTime } from 'luxon';

/**
 * Desk hours of §8.6: desk specialists on working days, 08:00–17:30 in summer and 08:00–18:00
 * in winter; duty officers cover every other hour, so the desk is 7×24 (§4). Working days follow
 * China's statutory holidays and adjusted working days (调休) from the `chinese-days` calendar,
 * with overrides from configuration.
 */
export interface DeskHours {
  /** Summer as month-day bounds, inclusive ('05-01' to '09-30'). */
  summer: { from: string; to: string; start: string; end: string };
  winter: { start: string; end: string };
  /** Dates (yyyy-MM-dd) the calendar gets wrong: extra days off, extra working days. */
  daysOff?: string[];
  workdays?: string[];
  /**
   * The State Council's holidays and adjusted working days (调休) as the lead entered them
   * (serviceDesk.roster.holidays): they come before the built-in calendar and extend it to
   * years it does not know.
   */
  holidays?: HolidayEntry[];
}

export interface HolidayEntry {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string;
}

/** A roster slot with its hours as UTC instants. */
export interface SlotWindow extends RosterSlotRef {
  start: string;
  end: string;
}

/** Whether the desk specialists work on a local date. */
export function isDeskDay(date: string, hours: DeskHours): boolean {
  const entered = hours.holidays?.find(h => h.date === date);
  if (entered) return entered.kind === 'workday';
  if (hours.workdays?.includes(date)) return true;
  if (hours.daysOff?.includes(date)) return false;
  return isWorkday(date);
}

// Whether the built-in calendar has a year's holidays: every year it knows has New Year's Day.
const knownYears = new Map<number, boolean>();
function calendarKnows(year: number): boolean {
  if (!knownYears.has(year)) {
    knownYears.set(
      year,
      getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0,
    );
  }
  return knownYears.get(year)!;
}

/**
 * The stretches of from..to (local dates) whose statutory holidays nobody knows: years the
 * built-in calendar has no data for and for which no holiday was entered in configuration.
 * Such days are laid out as ordinary weekdays and weekends, so the roster flags them.
 */
export function calendarGaps(
  from: string,
  to: string,
  hours: DeskHours,
): Array<{ from: string; to: string }> {
  const gaps: Array<{ from: string; to: string }> = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const entered = hours.holidays?.some(
      h => h.kind === 'holiday' && h.date.startsWith(`${y}-`),
    );
    if (calendarKnows(y) || entered) continue;
    const first = `${y}-01-01`;
    const last = `${y}-12-31`;
    gaps.push({ from: from > first ? from : first, to: to < last ? to : last });
  }
  return gaps;
}

function season(day: DateTime, hours: DeskHours) {
  const md = day.toFormat('MM-dd');
  return md >= hours.summer.from && md <= hours.summer.to
    ? hours.summer
    : hours.winter;
}

function at(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * A roster day runs from its opening hour to the next day's: the desk slot is the desk's hours,
 * the duty slot the rest (the whole roster day when the desk is closed). Cutting duty at the
 * opening hour rather than at midnight keeps a night in one person's hands.
 */
function windows(
  date: string,
  timeZone: string,
  hours: DeskHours,
): SlotWindow[] {
  const day = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  const open = at(day, season(day, hours).start);
  const nextDay = day.plus({ days: 1 });
  const nextOpen = at(nextDay, season(nextDay, hours).start);
  const iso = (t: DateTime) => t.toUTC().toISO()!;
  if (!isDeskDay(date, hours)) {
    return [{ date, kind: 'duty', start: iso(open), end: iso(nextOpen) }];
  }
  const close = at(day, season(day, hours).end);
  return [
    { date, kind: 'desk', start: iso(open), end: iso(close) },
    { date, kind: 'duty', start: iso(close), end: iso(nextOpen) },
  ];
}

/** The slots of the local dates from..to inclusive, in time order. */
export function slotsBetween(
  from: string,
  to: string,
  timeZone: string,
  hours: DeskHours,
): SlotWindow[] {
  const slots: SlotWindow[] = [];
  for (
    let d = DateTime.fromISO(from);
    d.toISODate()! <= to;
    d = d.plus({ days: 1 })
  ) {
    slots.push(...windows(d.toISODate()!, timeZone, hours));
  }
  return slots;
}

/** One slot by its date and kind; undefined for a desk slot on a day off. */
export function slotOf(
  ref: RosterSlotRef,
  timeZone: string,
  hours: DeskHours,
): SlotWindow | undefined {
  return windows(ref.date, timeZone, hours).find(w => w.kind === ref.kind);
}

/** The slot covering an instant. */
export function slotAt(
  instant: Date,
  timeZone: string,
  hours: DeskHours,
): SlotWindow {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const t = instant.toISOString();
  // Before the opening hour the previous roster day's duty slot still runs.
  for (const date of [
    local.minus({ days: 1 }).toISODate()!,
    local.toISODate()!,
  ]) {
    const found = windows(date, timeZone, hours).find(
      w => w.start <= t && t < w.end,
    );
    if (found) return found;
  }
  throw new Error(`no roster slot covers ${t}`);
}

/** The slot on at an instant and the one after it. */
export function currentAndNextSlot(
  instant: Date,
  timeZone: string,
  hours: DeskHours,
): [SlotWindow, SlotWindow] {
  const current = slotAt(instant, timeZone, hours);
  return [current, slotAt(new Date(current.end), timeZone, hours)];
}
