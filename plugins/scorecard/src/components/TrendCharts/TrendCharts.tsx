import { MeasureRow, PeriodKind } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import { StatisticsRow } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { minutesValue, percentValue } from '../../lib/format';
import { Section } from '../Section';
import { TrendChart, TrendPoint } from './TrendChart';

/** '2026-11' → '11', '2026-Q4' → 'Q4': the year is in the section title. */
const tickOf = (label: string) => label.slice(5) || label;

/**
 * The §6 measures across the periods of the year (regulation §6.6: per month, quarter, half-year
 * and year), with the §7.1 target where the measure has one.
 */
export function TrendCharts(props: {
  kind: PeriodKind;
  year: number;
  series: StatisticsRow[];
  serviceLevels: MeasureRow[];
  filename: string;
}) {
  const text = useScoreText();
  const { t } = text;
  const name = (label: string) =>
    props.kind === 'cycle' ? label : text.periodName(props.kind, label);
  const points = (
    value: (row: StatisticsRow) => number | undefined,
  ): TrendPoint[] =>
    props.series.map(row => ({
      tick: tickOf(row.label),
      name: name(row.label),
      value: value(row),
    }));
  const targetOf = (id: string) => {
    const row = props.serviceLevels.find(r => r.id === id);
    return (
      row && {
        value: row.target.value,
        label: t('trends.target', { value: text.target(row.target) }),
      }
    );
  };
  const rate = (v: number) =>
    t('units.percent', { value: percentValue(v).replace(/\.0$/, '') });
  const common = {
    noData: t('trends.noData'),
    describe: (p: TrendPoint, value: string) =>
      t('trends.point', { period: p.name, value }),
  };

  const csv = (): CsvCell[][] => [
    [
      t('period.period'),
      t('statistics.timeliness'),
      t('statistics.completion'),
      t('trends.resolution'),
      t('statistics.satisfaction'),
    ],
    ...props.series.map(r => [
      r.label,
      r.timelinessRate === undefined ? '' : percentValue(r.timelinessRate),
      r.completionRate === undefined ? '' : percentValue(r.completionRate),
      r.averageResolutionMinutes === undefined
        ? ''
        : minutesValue(r.averageResolutionMinutes),
      r.satisfactionRate === undefined ? '' : percentValue(r.satisfactionRate),
    ]),
  ];

  return (
    <Section
      title={t('trends.title', { year: String(props.year) })}
      csv={{ filename: props.filename, rows: csv }}
    >
      <Grid container spacing={2} style={{ padding: 16 }}>
        <Grid item xs={12} sm={6}>
          <TrendChart
            title={t('statistics.timeliness')}
            points={points(r => r.timelinessRate)}
            format={rate}
            max={1}
            target={targetOf('timelyProcessingRate')}
            {...common}
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TrendChart
            title={t('statistics.completion')}
            points={points(r => r.completionRate)}
            format={rate}
            max={1}
            {...common}
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TrendChart
            title={t('statistics.satisfaction')}
            points={points(r => r.satisfactionRate)}
            format={rate}
            max={1}
            target={targetOf('satisfactionRate')}
            {...common}
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <TrendChart
            title={t('trends.resolution')}
            points={points(r => r.averageResolutionMinutes)}
            format={v => minutesValue(v)}
            {...common}
          />
        </Grid>
      </Grid>
    </Section>
  );
}
