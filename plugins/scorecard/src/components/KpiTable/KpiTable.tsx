import { KpiRow } from '@internal/plugin-service-desk-common';
import { useScoreText } from '../../hooks/useScoreText';
import { StatusTable } from '../StatusTable';
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
  return (
    <StatusTable
      title={t('kpi.title')}
      filename={props.filename}
      header={[
        t('kpi.name'),
        t('kpi.formula'),
        t('kpi.period'),
        t('kpi.target'),
        t('kpi.measured'),
        t('kpi.counts'),
        t('kpi.status'),
      ]}
      rows={props.rows.map(r => ({
        key: `${r.id}-${r.period}`,
        testId: `kpi-${r.id}-${r.period}`,
        cells: [
          text.kpi(r.id),
          text.kpiFormula(r.id),
          periodOf(r),
          text.target(r.target),
          text.measured(r),
          text.counts(r),
        ],
        statusText: text.status(r.status),
        status: <TargetStatusLabel status={r.status} />,
      }))}
    />
  );
}
