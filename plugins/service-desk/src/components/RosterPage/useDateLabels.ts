import { appLanguageApiRef, useApi } from '@backstage/frontend-plugin-api';
import { DateTime } from 'luxon';

/** Weekday and month names in the app's language (周一, 2026年12月), from the browser's Intl data. */
export function useDateLabels() {
  const locale = useApi(appLanguageApiRef).getLanguage().language;
  const day = (date: string) =>
    DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
  return {
    weekday: (date: string) => day(date).toFormat('ccc'),
    dayOfMonth: (date: string) => day(date).toFormat('d'),
    month: (date: string) =>
      day(date).toLocaleString({ year: 'numeric', month: 'long' }),
  };
}
