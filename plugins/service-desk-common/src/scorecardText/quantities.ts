import { durationText } from '../format/duration';
import { percentOf, ratioPercent, thresholdValue } from '../format/percent';
import { MeasureRow, MeasureTarget } from '../scoring/serviceLevels';
import { ScoreTranslate } from './translate';

/** Points with at most two decimals and no trailing zeros: 18, 9.5, 0.25. */
export function pointsValue(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** Minutes with at most one decimal (emergency times are exact to the second). */
export function minutesValue(minutes: number): string {
  return String(Math.round(minutes * 10) / 10);
}

/** hit ÷ of as a percentage, rounded half-up from the counts; '—' when nothing was counted. */
export const countsPercentText = (t: ScoreTranslate, hit: number, of: number) =>
  of ? t('units.percent', { value: percentOf(hit, of) }) : '—';

/** A ratio without its counts (a chart's axis) as a percentage, rounded half-up. */
export const percentText = (t: ScoreTranslate, ratio: number | undefined) =>
  ratio === undefined
    ? '—'
    : t('units.percent', { value: ratioPercent(ratio) });

/**
 * Minutes as the regulation counts them (one decimal, "15.5 min") under an hour; past it in the
 * desk's duration scheme ('6 d 17 h', '1 h 25 min'), since 9660 min is unreadable.
 */
export function minutesText(t: ScoreTranslate, value: number | undefined) {
  if (value === undefined) return '—';
  if (value < 60) return t('units.minutes', { value: minutesValue(value) });
  // Rounded to the whole minute here (an average of 403.7 min is 6 h 44 min); the shared text
  // itself cuts, as a live clock must.
  return durationText(Math.round(value) * 60_000, {
    day: t('units.day'),
    hour: t('units.hour'),
    minute: t('units.minute'),
  });
}

/** A target as the regulation writes it: '≥ 99 %', '≤ 15 分钟', '≤ 3 次/周期'. */
export function targetText(t: ScoreTranslate, tg: MeasureTarget) {
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
export function measuredText(t: ScoreTranslate, row: MeasureRow<string>) {
  if (row.measured === undefined) return '—';
  switch (row.target.unit) {
    case 'ratio':
      return row.counts
        ? countsPercentText(t, row.counts.hit, row.counts.of)
        : percentText(t, row.measured);
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

/** What a measured value counts: per-cycle failures, or hit of of. */
export function countsText(t: ScoreTranslate, row: MeasureRow<string>) {
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
