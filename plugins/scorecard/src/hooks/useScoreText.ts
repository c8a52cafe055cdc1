import {
  TranslationFunction,
  TranslationRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  KpiMeasureId,
  MeasureRow,
  MeasureTarget,
  PeriodKind,
  Reason,
  ScoreItemId,
  SlaMeasureId,
  TargetStatus,
  parsePeriodLabel,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';
import { minutesValue, percentValue, pointsValue } from '../lib/format';
import { scorecardTranslationRef } from '../translation';

type Messages = typeof scorecardTranslationRef extends TranslationRef<
  any,
  infer M
>
  ? M
  : never;
/** A message key as the translation function takes it: plural forms collapsed. */
type Key = keyof Messages extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/** camelCase kinds in reason params, snake_case grades as recorded: the same three checks. */
const SECURITY_CHECK_GRADE: Record<string, string> = {
  notDone: 'not_done',
  hazardMissed: 'hazard_missed',
  fixOverdue: 'fix_overdue',
};

/** A ratio threshold (0.99) as the percentage people write (99, 99.5). */
const thresholdValue = (ratio: number) =>
  String(Math.round(ratio * 10_000) / 100);

/**
 * The words and numbers of the scorecard in the reader's language: reason codes with their
 * parameters, item, measure and KPI ids, targets, rates and period labels.
 */
export interface ScoreText {
  t: TranslationFunction<Messages>;
  /** A ratio as a percentage, cut to one decimal; '—' when nothing was measured. */
  percent(ratio: number | undefined): string;
  minutes(value: number | undefined): string;
  points(points: number): string;
  reason(reason: Reason): string;
  target(target: MeasureTarget): string;
  measured(row: MeasureRow<string>): string;
  counts(row: MeasureRow<string>): string;
  periodName(kind: PeriodKind, label: string): string;
  status(status: TargetStatus): string;
  item(id: ScoreItemId): string;
  measure(id: SlaMeasureId): string;
  kpi(id: KpiMeasureId): string;
  kpiFormula(id: KpiMeasureId): string;
  entryKind(kind: string): string;
  grade(kind: string, grade: string): string;
}

export function useScoreText(): ScoreText {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return useMemo((): ScoreText => {
    // Keys built from the common package's ids. Each is checked against the messages by the
    // `Key` annotations below (a new id without a message fails to compile); the options are
    // the ids' own, so they are passed untyped.
    const dynamic = t as unknown as (
      key: Key,
      options?: Record<string, unknown>,
    ) => string;

    const percent = (ratio: number | undefined) =>
      ratio === undefined
        ? '—'
        : t('units.percent', { value: percentValue(ratio) });
    /** Minutes as the regulation counts them; past an hour as hours and minutes (6 d is unreadable as 8640 min). */
    const minutes = (value: number | undefined) => {
      if (value === undefined) return '—';
      if (value < 60) return t('units.minutes', { value: minutesValue(value) });
      const whole = Math.round(value);
      return t('units.hoursMinutes', {
        hours: String(Math.floor(whole / 60)),
        minutes: String(whole % 60),
      });
    };

    const reason = (r: Reason): string => {
      const p = r.params;
      const key: Key = `reasons.${r.code}`;
      switch (r.code) {
        case 'emergencyResponseLate':
        case 'emergencyCloseLate':
          return dynamic(key, {
            duration: minutes(Number(p.minutes)),
            limit: p.limit,
          });
        case 'answerRateBelowThreshold':
        case 'resolutionRateBelowThreshold': {
          const text = dynamic(key, {
            ...p,
            rate: percentValue(Number(p.hit) / Number(p.of)),
            threshold: thresholdValue(Number(p.threshold)),
          });
          return p.month
            ? t('reasonInMonth', {
                month: periodName('month', String(p.month)),
                reason: text,
              })
            : text;
        }
        case 'securityCheckFailure': {
          const grade: Key = `grades.security_check.${
            SECURITY_CHECK_GRADE[String(p.kind)] as 'not_done'
          }`;
          return dynamic(key, {
            kind: SECURITY_CHECK_GRADE[String(p.kind)]
              ? dynamic(grade)
              : String(p.kind),
          });
        }
        case 'opsNoNda':
          return dynamic(key, { count: Number(p.persons ?? 1) });
        default:
          return dynamic(key, p);
      }
    };

    const target = (tg: MeasureTarget) => {
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
    };

    /** The measured value: a rate, the longest emergency, a count, the worst cycle's count. */
    const measured = (row: MeasureRow<string>) => {
      if (row.measured === undefined) return '—';
      switch (row.target.unit) {
        case 'ratio':
          return percent(row.measured);
        case 'minutes':
          return t('serviceLevels.longest', { value: minutes(row.measured) });
        case 'countPerCycle':
          return t('serviceLevels.worstCycle', {
            value: t('units.count', { count: row.measured }),
          });
        default:
          return t('units.count', { count: row.measured });
      }
    };

    const counts = (row: MeasureRow<string>) => {
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
    };

    /** A period label ('2026-Q4') as people say it ('Q4 2026', '2026 年第 4 季度'). */
    function periodName(kind: PeriodKind, label: string): string {
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

    return {
      t,
      percent,
      minutes,
      points: pointsValue,
      reason,
      target,
      measured,
      counts,
      periodName,
      status: (s: TargetStatus) => t(`status.${s}`),
      item: (id: ScoreItemId) => t(`items.${id}`),
      measure: (id: SlaMeasureId) => t(`measures.${id}`),
      kpi: (id: KpiMeasureId) => t(`kpis.${id}`),
      kpiFormula: (id: KpiMeasureId) => t(`kpiFormulas.${id}`),
      entryKind: (kind: string) => {
        const key: Key = `entryKinds.${kind as 'void'}`;
        return dynamic(key, { defaultValue: kind });
      },
      grade: (kind: string, grade: string) => {
        const key: Key = `grades.${kind as 'bonus'}.${grade as 'innovation'}`;
        return dynamic(key, { defaultValue: grade });
      },
    };
  }, [t]);
}
