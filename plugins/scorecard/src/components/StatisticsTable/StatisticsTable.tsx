import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { PeriodStatistics } from '../../api/types';
import { ScoreText, useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { Section } from '../Section';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The four figures of regulation §6.6, each with the counts it is computed from. */
function statisticsRows(s: PeriodStatistics, text: ScoreText) {
  const { t } = text;
  const counts = (hit: number, of: number) => ({
    hit: String(hit),
    of: String(of),
  });
  return [
    {
      id: 'timeliness',
      measure: t('statistics.timeliness'),
      value: text.percent(s.timely, s.closed),
      counts: t('statistics.timelinessCounts', counts(s.timely, s.closed)),
    },
    {
      id: 'completion',
      measure: t('statistics.completion'),
      value: text.percent(s.closedOfAccepted, s.accepted),
      counts: t(
        'statistics.completionCounts',
        counts(s.closedOfAccepted, s.accepted),
      ),
    },
    {
      id: 'resolution',
      measure: t('statistics.resolution'),
      value: text.minutes(s.averageResolutionMinutes),
      counts: t('statistics.resolutionCounts', { of: String(s.closed) }),
    },
    {
      id: 'satisfaction',
      measure: t('statistics.satisfaction'),
      value: text.percent(s.satisfied, s.ratings),
      counts: t(
        'statistics.satisfactionCounts',
        counts(s.satisfied, s.ratings),
      ),
    },
  ];
}

export function StatisticsTable(props: {
  statistics: PeriodStatistics;
  filename: string;
}) {
  const text = useScoreText();
  const { t } = text;
  const rows = statisticsRows(props.statistics, text);
  const csv = (): CsvCell[][] => [
    [t('statistics.measure'), t('statistics.value'), t('statistics.counts')],
    ...rows.map(r => [r.measure, r.value, r.counts]),
  ];
  return (
    <Section
      title={t('statistics.title')}
      csv={{ filename: props.filename, rows: csv }}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('statistics.measure')}</TableCell>
            <TableCell align="right" style={NOWRAP}>
              {t('statistics.value')}
            </TableCell>
            <TableCell>{t('statistics.counts')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(r => (
            <TableRow key={r.id} data-testid={`statistics-${r.id}`}>
              <TableCell>{r.measure}</TableCell>
              <TableCell align="right" style={NOWRAP}>
                <strong>{r.value}</strong>
              </TableCell>
              <TableCell>{r.counts}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
