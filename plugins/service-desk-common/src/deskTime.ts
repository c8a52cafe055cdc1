import { DateTime } from 'luxon';

/**
 * How people type and read the desk's times: 24-hour, year first, the same in every language
 * (browser date inputs follow the browser's locale instead: mm/dd/yyyy and AM/PM).
 */
export const DESK_DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';
export const DESK_DATE_FORMAT = 'yyyy-MM-dd';

function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * A time typed as `yyyy-MM-dd HH:mm` in the desk's zone, as a UTC ISO string; undefined when it
 * is not a real time there (a typo, 24:00, or a wall time a daylight-saving change skips).
 */
export function deskTimeToUtc(text: string, zone: string): string | undefined {
  const input = normalized(text);
  const dt = DateTime.fromFormat(input, DESK_DATE_TIME_FORMAT, { zone });
  // Luxon moves a skipped wall time on by the gap; reading it back catches that.
  if (!dt.isValid || dt.toFormat(DESK_DATE_TIME_FORMAT) !== input)
    return undefined;
  return dt.toUTC().toISO()!;
}

/** A UTC instant as the desk reads it, `yyyy-MM-dd HH:mm` in its zone; '' for none. */
export function utcToDeskTime(iso: string | undefined, zone: string): string {
  if (!iso) return '';
  const dt = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return dt.isValid ? dt.toFormat(DESK_DATE_TIME_FORMAT) : '';
}

/** Whether a day typed as `yyyy-MM-dd` is a real calendar day. */
export function isDeskDate(text: string): boolean {
  const input = normalized(text);
  const dt = DateTime.fromFormat(input, DESK_DATE_FORMAT, { zone: 'utc' });
  return dt.isValid && dt.toFormat(DESK_DATE_FORMAT) === input;
}
