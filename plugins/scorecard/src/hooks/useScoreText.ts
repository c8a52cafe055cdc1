import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  KpiMeasureId,
  MeasureRow,
  MeasureTarget,
  PeriodKind,
  Reason,
  ScoreItemId,
  SlaMeasureId,
  TargetStatus,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';
import { pointsValue } from '../lib/format';
import { Key, Translate, dynamic } from '../lib/scoreText/messages';
import { periodName } from '../lib/scoreText/periodName';
import {
  countsPercentText,
  countsText,
  measuredText,
  minutesText,
  targetText,
} from '../lib/scoreText/quantities';
import { reasonText } from '../lib/scoreText/reasonText';
import { scorecardTranslationRef } from '../translation';

/**
 * The words and numbers of the scorecard in the reader's language: reason codes with their
 * parameters, item, measure and KPI ids, targets, rates and period labels.
 */
export interface ScoreText {
  t: Translate;
  /** hit ÷ of as a percentage, rounded half-up to one decimal; '—' when nothing was counted. */
  percent(hit: number, of: number): string;
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
    const message = dynamic(t);
    return {
      t,
      percent: (hit, of) => countsPercentText(t, hit, of),
      minutes: value => minutesText(t, value),
      points: pointsValue,
      reason: r => reasonText(t, r),
      target: tg => targetText(t, tg),
      measured: row => measuredText(t, row),
      counts: row => countsText(t, row),
      periodName: (kind, label) => periodName(t, kind, label),
      status: s => t(`status.${s}`),
      item: id => t(`items.${id}`),
      measure: id => t(`measures.${id}`),
      kpi: id => t(`kpis.${id}`),
      kpiFormula: id => t(`kpiFormulas.${id}`),
      entryKind: kind => {
        const key: Key = `entryKinds.${kind as 'void'}`;
        return message(key, { defaultValue: kind });
      },
      grade: (kind, grade) => {
        const key: Key = `grades.${kind as 'bonus'}.${grade as 'innovation'}`;
        return message(key, { defaultValue: grade });
      },
    };
  }, [t]);
}
