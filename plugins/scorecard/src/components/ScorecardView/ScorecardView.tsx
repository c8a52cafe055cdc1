import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useMe } from '../../hooks/useMe';
import { usePeriod } from '../../hooks/usePeriod';
import { useEntries, useReport, useSeries } from '../../hooks/useScorecardData';
import { lastDayOf, localDate } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';
import { AssessmentEntries } from '../AssessmentEntries';
import { AssessmentEntryForm } from '../AssessmentEntryForm';
import { ExportAnnualButton } from '../ExportAnnualButton';
import { KpiTable } from '../KpiTable';
import { PeriodPicker } from '../PeriodPicker';
import { ScoreTable } from '../ScoreTable';
import { ServiceLevelTable } from '../ServiceLevelTable';
import { StatisticsTable } from '../StatisticsTable';
import { TrendCharts } from '../TrendCharts';
import { ReportError } from './ReportError';

/**
 * The scorecard of one period: the period picker, then the regulation's tables in its order
 * (§6 statistics and their trends, §7.1 service levels, §7.3 and §7.4 scorecards, §9 KPIs) and the
 * assessment entries behind them. Used by the page and by the entity tab.
 */
export function ScorecardView() {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { period, choose, config } = usePeriod();
  // Bumped when an entry is recorded or voided, so every figure is fetched again.
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads(n => n + 1);
  const report = useReport(period, reloads);
  const series = useSeries(period.kind, period.year, reloads);
  const entries = useEntries(report.value?.period, reloads);
  const me = useMe();
  const isManager = !!me.value?.roles.includes('manager');
  const file = (table: string) =>
    `scorecard-${period.kind}-${period.label}-${table}.csv`;
  const r = report.value;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="flex-end"
          justifyContent="space-between"
          style={{ gap: 16 }}
        >
          <PeriodPicker period={period} config={config} onChange={choose} />
          <ExportAnnualButton year={period.year} />
        </Box>
        {r && (
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ marginTop: 8 }}
            data-testid="period-range"
          >
            {t('period.range', {
              from: localDate(r.period.start, r.period.timeZone),
              to: lastDayOf(r.period.end, r.period.timeZone),
              zone: r.period.timeZone,
              ruleYear: String(r.ruleSetYear),
            })}
          </Typography>
        )}
      </Grid>
      {report.error && (
        <Grid item xs={12}>
          <ReportError error={report.error} />
        </Grid>
      )}
      {report.loading && !r && (
        <Grid item xs={12}>
          <Progress />
        </Grid>
      )}
      {r && !report.error && (
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
                year={period.year}
                series={series.value.items}
                serviceLevels={r.serviceLevels}
                filename={`scorecard-trends-${period.year}.csv`}
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
          <Grid item xs={12}>
            {entries.error ? (
              <ReportError error={entries.error} />
            ) : (
              <AssessmentEntries
                entries={entries.value ?? []}
                timeZone={r.period.timeZone}
                canVoid={isManager}
                onChanged={reload}
                filename={file('entries')}
              />
            )}
          </Grid>
          {isManager && (
            <Grid item xs={12}>
              <AssessmentEntryForm
                timeZone={r.period.timeZone}
                onSaved={reload}
              />
            </Grid>
          )}
        </>
      )}
    </Grid>
  );
}
