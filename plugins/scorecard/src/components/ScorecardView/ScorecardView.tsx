import { Progress } from '@backstage/core-components';
import { useMe } from '@internal/plugin-service-desk-react';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { usePeriod } from '../../hooks/usePeriod';
import {
  useAppeals,
  useEntries,
  useReport,
  useSeries,
} from '../../hooks/useScorecardData';
import { AppealsList, AppealsProvider, reportAppeals } from '../Appeals';
import { PeriodClose } from '../PeriodClose';
import { ShowAllLinesProvider } from '../../hooks/useShowAllLines';
import { PeriodBar } from './PeriodBar';
import { ReportEntries } from './ReportEntries';
import { ReportError } from './ReportError';
import { ReportTables } from './ReportTables';

/**
 * The scorecard of one period: the period picker, closing the period, then the regulation's tables
 * in its order (§6 statistics and their trends, §7.1 service levels, §7.3 and §7.4 scorecards, §9
 * KPIs), the year's appeals and the assessment entries behind them. Used by the page and by the
 * entity tab.
 */
export function ScorecardView() {
  const { period, choose, config } = usePeriod();
  // Bumped when an entry is recorded or voided, or a closing or appeal step is taken, so every
  // figure is fetched again.
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads(n => n + 1);
  // The live figures of a sealed period, for the period they were asked for only.
  const periodKey = `${period.kind}/${period.label}`;
  const [liveFor, setLiveFor] = useState<string>();
  const live = liveFor === periodKey;
  // Every line of every item, asked for one period at a time.
  const [allLinesFor, setAllLinesFor] = useState<string>();
  const report = useReport(period, reloads, live, allLinesFor === periodKey);
  const series = useSeries(period.kind, period.year, reloads);
  const entries = useEntries(report.value?.period, reloads);
  const me = useMe(scorecardApiRef);
  const appeals = useAppeals(period.year, !!report.value?.close, reloads);
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
          {r.close && (
            <Grid item xs={12}>
              <PeriodClose
                report={r}
                me={me.value}
                live={live}
                onLiveChange={on => setLiveFor(on ? periodKey : undefined)}
                onChanged={reload}
              />
            </Grid>
          )}
          <AppealsProvider value={reportAppeals(r, me.value, reload)}>
            <ShowAllLinesProvider value={() => setAllLinesFor(periodKey)}>
              <ReportTables
                report={r}
                year={period.year}
                series={series}
                file={file}
              />
            </ShowAllLinesProvider>
          </AppealsProvider>
          {appeals.value && (
            <Grid item xs={12}>
              <AppealsList
                year={period.year}
                appeals={appeals.value}
                me={me.value}
                timeZone={r.period.timeZone}
                onDecided={reload}
              />
            </Grid>
          )}
          {appeals.error && (
            <Grid item xs={12}>
              <ReportError error={appeals.error} />
            </Grid>
          )}
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
