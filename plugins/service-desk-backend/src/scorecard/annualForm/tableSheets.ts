import ExcelJS from 'exceljs';
import {
  KpiRow,
  MeasureRow,
  PeriodStatistics,
  ScorecardReport,
  countsText,
  measuredText,
  ratioTenths,
  roundedRatio,
  targetText,
} from '@internal/plugin-service-desk-common';
import { FormText } from './formText';
import { FormCell, addSheet, addTable } from './sheetStyle';

/** A rate as the number a `0.0%` cell shows, rounded half-up as the screen rounds it. */
const rate = (hit: number, of: number): FormCell =>
  of ? roundedRatio(hit, of) : '—';

/** A measured value: a rate as a number (from its counts when it has them), else in words. */
function measured(text: FormText, row: MeasureRow<string>): FormCell {
  if (row.target.unit !== 'ratio') return measuredText(text.t, row);
  if (row.counts) return rate(row.counts.hit, row.counts.of);
  return row.measured === undefined ? '—' : ratioTenths(row.measured) / 1000;
}

/** An annex sheet named for its table, headed by the form's title and the table's. */
const addAnnex = (
  book: ExcelJS.Workbook,
  text: FormText,
  table: string,
  widths: number[],
) => addSheet(book, table, widths, { heading: text.annex(table) });

/** §6: each month's statistics, then the whole year's. */
export function addStatisticsSheet(
  book: ExcelJS.Workbook,
  text: FormText,
  report: ScorecardReport,
  months: Array<PeriodStatistics & { label: string }>,
) {
  const { t } = text;
  const sheet = addAnnex(
    book,
    text,
    t('statistics.title'),
    [16, 12, 12, 20, 11, 11, 16, 11],
  );
  const { kind, label } = report.period;
  const rows = [
    ...months.map(m => ({ ...m, name: text.period('month', m.label) })),
    { ...report.statistics, name: text.period(kind, label) },
  ];
  addTable(
    sheet,
    [
      t('period.kinds.month'),
      t('closing.figures.statistics.accepted'),
      t('closing.figures.statistics.closed'),
      t('closing.figures.statistics.timely'),
      t('statistics.timeliness'),
      t('statistics.completion'),
      t('trends.resolution'),
      t('statistics.satisfaction'),
    ],
    rows.map(m => [
      m.name,
      m.accepted,
      m.closed,
      m.timely,
      rate(m.timely, m.closed),
      rate(m.closedOfAccepted, m.accepted),
      m.averageResolutionMinutes === undefined
        ? '—'
        : Math.round(m.averageResolutionMinutes * 10) / 10,
      rate(m.satisfied, m.ratings),
    ]),
    { percent: [5, 6, 8], bold: (_, i) => i === months.length },
  );
}

/** §7.1: each measure over the report's period, its target as the regulation writes it. */
export function addServiceLevelSheet(
  book: ExcelJS.Workbook,
  text: FormText,
  report: ScorecardReport,
) {
  const { t } = text;
  const sheet = addAnnex(
    book,
    text,
    t('serviceLevels.title'),
    [6, 28, 14, 16, 18, 34, 10],
  );
  const period = text.period(report.period.kind, report.period.label);
  addTable(
    sheet,
    [
      t('serviceLevels.no'),
      t('serviceLevels.measure'),
      t('kpi.period'),
      t('serviceLevels.target'),
      t('serviceLevels.measured'),
      t('serviceLevels.counts'),
      t('serviceLevels.status'),
    ],
    report.serviceLevels.map((row, i) => [
      i + 1,
      t(`measures.${row.id}`),
      period,
      targetText(t, row.target),
      measured(text, row),
      countsText(t, row),
      text.status(row.status),
    ]),
    { percent: [5] },
  );
}

/** §9: each KPI over its own quarter or half-year. */
export function addKpiSheet(
  book: ExcelJS.Workbook,
  text: FormText,
  rows: KpiRow[],
) {
  const { t } = text;
  const sheet = addAnnex(
    book,
    text,
    t('kpi.title'),
    [6, 22, 34, 16, 12, 12, 18, 10],
  );
  addTable(
    sheet,
    [
      t('serviceLevels.no'),
      t('kpi.name'),
      t('kpi.formula'),
      t('kpi.period'),
      t('kpi.target'),
      t('kpi.measured'),
      t('kpi.counts'),
      t('kpi.status'),
    ],
    rows.map((row, i) => [
      i + 1,
      t(`kpis.${row.id}`),
      t(`kpiFormulas.${row.id}`),
      text.period(/-H[12]$/.test(row.period) ? 'half' : 'quarter', row.period),
      targetText(t, row.target),
      measured(text, row),
      countsText(t, row),
      text.status(row.status),
    ]),
    { percent: [6] },
  );
}
