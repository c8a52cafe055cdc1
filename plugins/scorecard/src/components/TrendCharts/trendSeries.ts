import {
  MeasureRow,
  PeriodKind,
  percentOf,
  ratioPercent,
} from '@internal/plugin-service-desk-common';
import { StatisticsRow } from '../../api/types';
import { ScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { minutesValue } from '../../lib/format';
import { TrendPoint } from './TrendPoint';

/** '2026-11' → '11', '2026-Q4' → 'Q4': the year is in the section title. */
const tickOf = (label: string) => label.slice(5) || label;

/** One chart: a §6 measure, its axis, and the §7.1 measure whose target it is drawn against. */
interface TrendMeasure {
  title: string;
  value: (row: StatisticsRow) => number | undefined;
  format: (value: number) => string;
  max?: number;
  targetMeasure?: string;
}

const trendMeasures = ({ t }: ScoreText): TrendMeasure[] => {
  const rate = (v: number) =>
    t('units.percent', { value: ratioPercent(v).replace(/\.0$/, '') });
  return [
    {
      title: t('statistics.timeliness'),
      value: r => r.timelinessRate,
      format: rate,
      max: 1,
      targetMeasure: 'timelyProcessingRate',
    },
    {
      title: t('statistics.completion'),
      value: r => r.completionRate,
      format: rate,
      max: 1,
    },
    {
      title: t('statistics.satisfaction'),
      value: r => r.satisfactionRate,
      format: rate,
      max: 1,
      targetMeasure: 'satisfactionRate',
    },
    {
      title: t('trends.resolution'),
      value: r => r.averageResolutionMinutes,
      format: v => minutesValue(v),
    },
  ];
};

/** The four charts of the year's series, as TrendChart takes them. */
export function trendCharts(
  text: ScoreText,
  kind: PeriodKind,
  series: StatisticsRow[],
  serviceLevels: MeasureRow[],
) {
  const { t } = text;
  const name = (label: string) =>
    kind === 'cycle' ? label : text.periodName(kind, label);
  const targetOf = (id?: string) => {
    const row = serviceLevels.find(r => r.id === id);
    return (
      row && {
        value: row.target.value,
        label: t('trends.target', { value: text.target(row.target) }),
      }
    );
  };
  return trendMeasures(text).map(m => ({
    title: m.title,
    points: series.map(
      (row): TrendPoint => ({
        tick: tickOf(row.label),
        name: name(row.label),
        value: m.value(row),
      }),
    ),
    format: m.format,
    max: m.max,
    target: targetOf(m.targetMeasure),
  }));
}

/** A CSV rate from its counts, as the tables show it; empty when nothing counted. */
const rate = (hit: number, of: number) => (of ? percentOf(hit, of) : '');

export const trendsCsv = (
  { t }: ScoreText,
  series: StatisticsRow[],
): CsvCell[][] => [
  [
    t('period.period'),
    t('statistics.timeliness'),
    t('statistics.completion'),
    t('trends.resolution'),
    t('statistics.satisfaction'),
  ],
  ...series.map(r => [
    r.label,
    rate(r.timely, r.closed),
    rate(r.closedOfAccepted, r.accepted),
    r.averageResolutionMinutes === undefined
      ? ''
      : minutesValue(r.averageResolutionMinutes),
    rate(r.satisfied, r.ratings),
  ]),
];
