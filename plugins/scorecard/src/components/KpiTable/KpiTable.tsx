import { KpiRow } from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { Section } from '../Section';
import { TargetStatusLabel } from '../TargetStatusLabel';

/**
 * The §9 KPI table: dispatch success per quarter, callback rate per half-year. Each row covers
 * its whole quarter or half-year, also when the chosen period is shorter.
 */
export function KpiTable(props: { rows: KpiRow[]; filename: string }) {
  const text = useScoreText();
  const { t } = text;
  const periodOf = (r: KpiRow) =>
    text.periodName(/-Q/.test(r.period) ? 'quarter' : 'half', r.period);
  const header = [
    t('kpi.name'),
    t('kpi.formula'),
    t('kpi.period'),
    t('kpi.target'),
    t('kpi.measured'),
    t('kpi.counts'),
    t('kpi.status'),
  ];
  const csv = (): CsvCell[][] => [
    header,
    ...props.rows.map(r => [
      text.kpi(r.id),
      text.kpiFormula(r.id),
      periodOf(r),
      text.target(r.target),
      text.measured(r),
      text.counts(r),
      text.status(r.status),
    ]),
  ];
  return (
    <Section
      title={t('kpi.title')}
      csv={{ filename: props.filename, rows: csv }}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            {header.map(h => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(r => (
            <TableRow
              key={`${r.id}-${r.period}`}
              data-testid={`kpi-${r.id}-${r.period}`}
            >
              <TableCell>{text.kpi(r.id)}</TableCell>
              <TableCell>{text.kpiFormula(r.id)}</TableCell>
              <TableCell>{periodOf(r)}</TableCell>
              <TableCell>{text.target(r.target)}</TableCell>
              <TableCell>{text.measured(r)}</TableCell>
              <TableCell>{text.counts(r)}</TableCell>
              <TableCell>
                <TargetStatusLabel status={r.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
