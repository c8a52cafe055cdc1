import { DateTime } from 'luxon';
import { DESK_DATE_FORMAT } from '../deskTime';

/** A UTC instant's day in the desk's zone. */
export function deskDate(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(timeZone)
    .toFormat(DESK_DATE_FORMAT);
}

/** The last day of a half-open range [start, end), for "21 Oct → 20 Nov". */
export function lastDeskDate(endIso: string, timeZone: string): string {
  return DateTime.fromISO(endIso, { zone: 'utc' })
    .setZone(timeZone)
    .minus({ days: 1 })
    .toFormat(DESK_DATE_FORMAT);
}
