import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { PeriodKind } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import { ScorecardReport, StatisticsRow } from '../../api/types';
import { scorecardTranslationRef } from '../../translation';
import { KpiTable } from '../KpiTable';
import { ScoreTable } from '../ScoreTable';
import { ServiceLevelTable } from '../ServiceLevelTable';
import { StatisticsTable } from '../StatisticsTable';
import { TrendCharts } from '../TrendCharts';
import { ReportError } from './ReportError';

/** The regulation's tables of one report, in its order, with the year's trends beside §6. */
export function ReportTables(props: {
  report: ScorecardReport;
  year: number;
  series: {
    value?: { kind: PeriodKind; items: StatisticsRow[] };
    error?: Error;
  };
  /** The CSV file name of a table. */
  file: (table: string) => string;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { report: r, series, file } = props;
  return (
    <>
      <Grid item xs={12} lg={5}>
        <StatisticsTable
          statistics={r.statistics}
          filename={file('statistics')}
        />
      </Grid>
      <Grid item xs={12} lg={7}>
        {series.value && (
          <TrendCharts
            kind={series.value.kind}
            year={props.year}
            series={series.value.items}
            serviceLevels={r.serviceLevels}
            filename={`scorecard-trends-${props.year}.csv`}
          />
        )}
        {series.error && <ReportError error={series.error} />}
      </Grid>
      <Grid item xs={12}>
        <ServiceLevelTable
          rows={r.serviceLevels}
          filename={file('service-levels')}
        />
      </Grid>
      <Grid item xs={12}>
        <ScoreTable
          title={t('scorecard.operationalTitle')}
          card={r.operational}
          serviceLevels={r.serviceLevels}
          nameLines
          filename={file('operational')}
          testId="operational"
        />
      </Grid>
      <Grid item xs={12}>
        <ScoreTable
          title={t('scorecard.customerTitle')}
          card={r.customerService}
          serviceLevels={r.serviceLevels}
          filename={file('customer-service')}
          testId="customerService"
        />
      </Grid>
      <Grid item xs={12}>
        <KpiTable rows={r.kpi} filename={file('kpi')} />
      </Grid>
    </>
  );
}
