import { MeasureRow, PeriodKind } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import { StatisticsRow } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { Section } from '../Section';
import { TrendChart } from './TrendChart';
import { TrendPoint } from './TrendPoint';
import { trendCharts, trendsCsv } from './trendSeries';

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
  const describe = (p: TrendPoint, value: string) =>
    t('trends.point', { period: p.name, value });
  const charts = trendCharts(
    text,
    props.kind,
    props.series,
    props.serviceLevels,
  );
  return (
    <Section
      title={t('trends.title', { year: String(props.year) })}
      csv={{
        filename: props.filename,
        rows: () => trendsCsv(text, props.series),
      }}
    >
      <Grid container spacing={2} style={{ padding: 16 }}>
        {charts.map(chart => (
          <Grid item xs={12} sm={6} key={chart.title}>
            <TrendChart
              {...chart}
              noData={t('trends.noData')}
              describe={describe}
            />
          </Grid>
        ))}
      </Grid>
    </Section>
  );
}
