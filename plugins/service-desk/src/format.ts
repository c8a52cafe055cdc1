import { DateTime } from 'luxon';
import { utcToDeskTime } from '@internal/plugin-service-desk-common';

/** A UTC instant shown in the desk's time zone. */
export function formatTime(iso: string | undefined, timeZone: string): string {
  return utcToDeskTime(iso, timeZone) || '—';
}

/** The name of an entity ref, for compact display. */
export function shortRef(ref: string | undefined): string {
  if (!ref) return '—';
  return ref.replace(/^[^:]+:(default\/)?/, '');
}

/** The local time of day of a UTC instant, for shifts shown under their date. */
export function formatClock(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(timeZone)
    .toFormat('HH:mm');
}

/**
 * Why the server refused: the message of its error body. ResponseError's own message only gives
 * the status, which tells the user nothing they can fix.
 */
export function serverMessage(error: unknown): string {
  const e = error as Error & { body?: { error?: { message?: string } } };
  return e.body?.error?.message ?? e.message;
}
