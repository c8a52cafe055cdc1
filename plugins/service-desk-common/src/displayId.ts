import { DateTime } from 'luxon';

/**
 * The human-readable id of a ticket: prefix, year and month of acceptance in the desk's time
 * zone, and a sequence number, e.g. SD-202611-00042.
 */
export function formatDisplayId(
  prefix: string,
  acceptedAt: Date,
  timeZone: string,
  seq: number,
): string {
  const month = DateTime.fromJSDate(acceptedAt, { zone: timeZone }).toFormat(
    'yyyyLL',
  );
  return `${prefix}-${month}-${String(seq).padStart(5, '0')}`;
}
