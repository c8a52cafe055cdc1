import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { recentPeriods } from '@internal/plugin-service-desk-common';
import { useMe } from '@internal/plugin-service-desk-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { periodAt } from '../../hooks/usePeriod';
import { useScoreText } from '../../hooks/useScoreText';
import { useScorecardConfig } from '../../hooks/useScorecardConfig';
import { rootRouteRef } from '../../routes';
import { totalText } from '../ScoreTable/scoreText';

/** The current cycle and the ones before it that the trend lists. */
export const TREND_CYCLES = 4;

const scorecardRouteRef = convertLegacyRouteRef(rootRouteRef);

/** The managers' card: this cycle's two scorecard totals and the last few cycles' beside them. */
function Trend() {
  const text = useScoreText();
  const { t } = text;
  const api = useApi(scorecardApiRef);
  const config = useScorecardConfig();
  const scorecardLink = useRouteRef(scorecardRouteRef);
  const reports = useAsync(async () => {
    const current = periodAt('cycle', new Date(Date.now()), config);
    // Cycles before the first rule set have no scorecard (the backend refuses them).
    const labels = recentPeriods('cycle', current.label, TREND_CYCLES).filter(
      l =>
        config.firstYear === undefined ||
        Number(l.slice(0, 4)) >= config.firstYear,
    );
    return Promise.all(labels.map(l => api.getScorecard('cycle', l)));
  }, [api, config]);

  let body;
  if (reports.error) body = <ErrorPanel error={reports.error} />;
  else if (!reports.value) body = <Progress />;
  else {
    const rows = [...reports.value].reverse();
    const now = rows[0];
    body = (
      <>
        {now && (
          <div data-testid="score-now">
            <Typography variant="subtitle1">
              {text.periodName('cycle', now.period.label)}
            </Typography>
            <Typography>
              {t('home.operationalTotal', {
                total: totalText(text, now.operational),
              })}
            </Typography>
            <Typography>
              {t('home.customerTotal', {
                total: totalText(text, now.customerService),
              })}
            </Typography>
          </div>
        )}
        <Typography
          variant="subtitle2"
          component="h3"
          style={{ marginTop: 16 }}
        >
          {t('home.trend')}
        </Typography>
        <Table size="small" aria-label={t('home.trend')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('home.cycle')}</TableCell>
              <TableCell align="right">{t('home.operational')}</TableCell>
              <TableCell align="right">{t('home.customer')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(r => (
              <TableRow key={r.period.label} data-testid="score-trend-row">
                <TableCell>{r.period.label}</TableCell>
                <TableCell align="right">
                  {text.points(r.operational.total)}
                </TableCell>
                <TableCell align="right">
                  {text.points(r.customerService.total)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>
    );
  }
  return (
    <InfoCard
      title={t('home.title')}
      titleTypographyProps={{ component: 'h2' }}
      deepLink={
        scorecardLink && { title: t('home.open'), link: scorecardLink() }
      }
    >
      {body}
    </InfoCard>
  );
}

/**
 * This cycle's score and its trend on the home page, for managers only (the scorecard is theirs
 * to answer for); for everyone else the card renders nothing.
 */
export function ScoreTrendCard() {
  const me = useMe(scorecardApiRef);
  if (!me.value?.roles.includes('manager')) return null;
  return <Trend />;
}
