import { isWorkday } from 'chinese-days';
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
}

export type ShiftKind = 'desk' | 'duty';

export interface Shift {
  kind: ShiftKind;
  start: string;
  end: string;
}

/** Whether the desk specialists work on a local date. */
export function isDeskDay(date: string, hours: DeskHours): boolean {
  if (hours.workdays?.includes(date)) return true;
  if (hours.daysOff?.includes(date)) return false;
  return isWorkday(date);
}

/** The desk specialists' hours on a local date, or undefined on a day off. */
function deskWindow(day: DateTime, hours: DeskHours): [DateTime, DateTime] | undefined {
  if (!isDeskDay(day.toISODate()!, hours)) return undefined;
  const md = day.toFormat('MM-dd');
  const season = md >= hours.summer.from && md <= hours.summer.to ? hours.summer : hours.winter;
  const at = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
  };
  return [at(season.start), at(season.end)];
}

/** The shift covering an instant: the desk's hours, or the duty officers' stretch around them. */
export function shiftAt(instant: Date, timeZone: string, hours: DeskHours): Shift {
  const now = DateTime.fromJSDate(instant, { zone: timeZone });
  const today = deskWindow(now.startOf('day'), hours);
  if (today && now >= today[0] && now < today[1]) {
    return { kind: 'desk', start: today[0].toUTC().toISO()!, end: today[1].toUTC().toISO()! };
  }
  // Duty runs from the last desk close before now to the next desk opening after it.
  let start: DateTime | undefined;
  for (let d = 0; d <= 40 && !start; d++) {
    const w = deskWindow(now.startOf('day').minus({ days: d }), hours);
    if (w && w[1] <= now) start = w[1];
  }
  let end: DateTime | undefined;
  for (let d = 0; d <= 40 && !end; d++) {
    const w = deskWindow(now.startOf('day').plus({ days: d }), hours);
    if (w && w[0] > now) end = w[0];
  }
  return {
    kind: 'duty',
    start: (start ?? now.startOf('day')).toUTC().toISO()!,
    end: (end ?? now.startOf('day').plus({ days: 1 })).toUTC().toISO()!,
  };
}

/** The shift on now and the one after it, for the desk page. */
export function currentAndNextShift(instant: Date, timeZone: string, hours: DeskHours): [Shift, Shift] {
  const current = shiftAt(instant, timeZone, hours);
  return [current, shiftAt(new Date(current.end), timeZone, hours)];
}
