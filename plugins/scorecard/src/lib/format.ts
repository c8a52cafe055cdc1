import { utcToDeskTime } from '@internal/plugin-service-desk-common';

/** Points and minutes as the screen writes them; shared with the backend's annual form. */
export {
  minutesValue,
  pointsValue,
} from '@internal/plugin-service-desk-common';

/** A UTC instant in the desk's time zone. */
export function localDateTime(iso: string, timeZone: string): string {
  return utcToDeskTime(iso, timeZone);
}

/** Days in the desk's zone, shared with the backend's annual form. */
export {
  deskDate as localDate,
  lastDeskDate as lastDayOf,
} from '@internal/plugin-service-desk-common';
