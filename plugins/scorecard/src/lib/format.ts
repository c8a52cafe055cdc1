import { DateTime } from 'luxon';
import { utcToDeskTime } from '@internal/plugin-service-desk-common';

/** Points with at most two decimals and no trailing zeros: 18, 9.5, 0.25. */
export function pointsValue(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** Minutes with at most one decimal (emergency times are exact to the second). */
export function minutesValue(minutes: number): string {
  return String(Math.round(minutes * 10) / 10);
}

/** A UTC instant in the desk's time zone. */
export function localDateTime(iso: string, timeZone: string): string {
  return utcToDeskTime(iso, timeZone);
}

export function localDate(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(timeZone)
    .toFormat('yyyy-LL-dd');
}

/** The last day of a half-open range [start, end), for "21 Oct → 20 Nov". */
export function lastDayOf(endIso: string, timeZone: string): string {
  return DateTime.fromISO(endIso, { zone: 'utc' })
    .setZone(timeZone)
    .minus({ days: 1 })
    .toFormat('yyyy-LL-dd');
}
