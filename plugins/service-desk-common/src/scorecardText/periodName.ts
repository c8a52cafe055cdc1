import { PeriodKind, parsePeriodLabel } from '../scoring/periods';
import { ScoreTranslate } from './translate';

/** A period label ('2026-Q4') as people say it ('Q4 2026', '2026 年第 4 季度'). */
export function periodName(
  t: ScoreTranslate,
  kind: PeriodKind,
  label: string,
): string {
  let parsed: { year: number; index: number };
  try {
    parsed = parsePeriodLabel(kind, label);
  } catch {
    // A label of another kind, e.g. last kind's series while the new one loads: as it is.
    return label;
  }
  const { year, index } = parsed;
  const y = String(year);
  switch (kind) {
    case 'month':
      return t('period.monthOption', {
        year: y,
        month: String(index).padStart(2, '0'),
      });
    case 'quarter':
      return t('period.quarterOption', { year: y, index: String(index) });
    case 'half':
      return index === 1
        ? t('period.firstHalf', { year: y })
        : t('period.secondHalf', { year: y });
    case 'year':
      return t('period.yearOption', { year: y });
    default:
      return label;
  }
}
