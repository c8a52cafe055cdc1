import {
  MeasureRow,
  MeasureTarget,
} from '@internal/plugin-service-desk-common';
import { minutesValue, percentValue } from '../format';
import { Translate } from './messages';

/** A ratio threshold (0.99) as the percentage people write (99, 99.5). */
export const thresholdValue = (ratio: number) =>
  String(Math.round(ratio * 10_000) / 100);

export const percentText = (t: Translate, ratio: number | undefined) =>
  ratio === undefined
    ? '—'
    : t('units.percent', { value: percentValue(ratio) });

/** Minutes as the regulation counts them; past an hour as hours and minutes (6 d is unreadable as 8640 min). */
export function minutesText(t: Translate, value: number | undefined) {
  if (value === undefined) return '—';
  if (value < 60) return t('units.minutes', { value: minutesValue(value) });
  const whole = Math.round(value);
  return t('units.hoursMinutes', {
    hours: String(Math.floor(whole / 60)),
    minutes: String(whole % 60),
  });
}

export function targetText(t: Translate, tg: MeasureTarget) {
  switch (tg.unit) {
    case 'ratio':
      return t('target.atLeast', { value: thresholdValue(tg.value) });
    case 'minutes':
      return t('target.atMostMinutes', { value: String(tg.value) });
    case 'countPerCycle':
      return t('target.atMostPerCycle', { value: String(tg.value) });
    default:
      return t('target.atMostCount', { value: String(tg.value) });
  }
}

/** The measured value: a rate, the longest emergency, a count, the worst cycle's count. */
export function measuredText(t: Translate, row: MeasureRow<string>) {
  if (row.measured === undefined) return '—';
  switch (row.target.unit) {
    case 'ratio':
      return percentText(t, row.measured);
    case 'minutes':
      return t('serviceLevels.longest', {
        value: minutesText(t, row.measured),
      });
    case 'countPerCycle':
      return t('serviceLevels.worstCycle', {
        value: t('units.count', { count: row.measured }),
      });
    default:
      return t('units.count', { count: row.measured });
  }
}

export function countsText(t: Translate, row: MeasureRow<string>) {
  if (row.cycles?.length) {
    return row.cycles
      .map(c =>
        t('serviceLevels.cycle', {
          cycle: c.cycle,
          failures: String(c.count),
        }),
      )
      .join('; ');
  }
  if (!row.counts) return '';
  const values = { hit: String(row.counts.hit), of: String(row.counts.of) };
  return row.target.unit === 'minutes'
    ? t('serviceLevels.onTime', values)
    : t('serviceLevels.ratio', values);
}
