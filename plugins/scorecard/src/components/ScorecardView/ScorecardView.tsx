import { Progress } from '@backstage/core-components';
import { useMe } from '@internal/plugin-service-desk-react';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { usePeriod } from '../../hooks/usePeriod';
import { useEntries, useReport, useSeries } from '../../hooks/useScorecardData';
import { PeriodBar } from './PeriodBar';
import { ReportEntries } from './ReportEntries';
import { ReportError } from './ReportError';
import { ReportTables } from './ReportTables';

/**
 * The scorecard of one period: the period picker, then the regulation's tables in its order
 * (§6 statistics and their trends, §7.1 service levels, §7.3 and §7.4 scorecards, §9 KPIs) and the
 * assessment entries behind them. Used by the page and by the entity tab.
 */
export function ScorecardView() {
  const { period, choose, config } = usePeriod();
  // Bumped when an entry is recorded or voided, so every figure is fetched again.
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads(n => n + 1);
  const report = useReport(period, reloads);
  const series = useSeries(period.kind, period.year, reloads);
  const entries = useEntries(report.value?.period, reloads);
  const me = useMe(scorecardApiRef);
  const isManager = !!me.value?.roles.includes('manager');
  const file = (table: string) =>
    `scorecard-${period.kind}-${period.label}-${table}.csv`;
  const r = report.value;

  return (
    <Grid container spacing={3}>
      <PeriodBar period={period} config={config} onChange={choose} report={r} />
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
          <ReportTables
            report={r}
            year={period.year}
            series={series}
            file={file}
          />
          <ReportEntries
            entries={entries}
            timeZone={r.period.timeZone}
            isManager={isManager}
            onChanged={reload}
            filename={file('entries')}
          />
        </>
      )}
    </Grid>
  );
}
