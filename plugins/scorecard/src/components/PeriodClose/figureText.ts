import {
  FigureChange,
  MeasureRow,
  ScorecardReport,
} from '@internal/plugin-service-desk-common';
import { ScoreText } from '../../hooks/useScoreText';
import { Key, dynamic } from '../../lib/scoreText/messages';
import { percentText } from '../../lib/scoreText/quantities';

/** The §6 statistics by their field in the report. */
const STATISTICS: Record<string, Key> = {
  timelinessRate: 'statistics.timeliness',
  completionRate: 'statistics.completion',
  averageResolutionMinutes: 'statistics.resolution',
  satisfactionRate: 'statistics.satisfaction',
  closed: 'closing.figures.statistics.closed',
  timely: 'closing.figures.statistics.timely',
  accepted: 'closing.figures.statistics.accepted',
  closedOfAccepted: 'closing.figures.statistics.closedOfAccepted',
  ratings: 'closing.figures.statistics.ratings',
  satisfied: 'closing.figures.statistics.satisfied',
};

const TABLES: Record<string, Key> = {
  statistics: 'statistics.title',
  serviceLevels: 'serviceLevels.title',
  kpi: 'kpi.title',
  operational: 'scorecard.operationalTitle',
  customerService: 'scorecard.customerTitle',
};

/** A scorecard's own figures beside its items' scores. */
const CARD_PARTS: Record<string, Key> = {
  opsSecurity: 'closing.figures.opsSecurity',
  bonus: 'closing.figures.bonus',
  total: 'scorecard.total',
};

/**
 * A figure's path in the report (FigureChange.figure, as common's reportFigureList names them:
 * 'statistics.completionRate', 'serviceLevels.emergencyResponse', 'kpi.callbackRate.2026-H2',
 * 'operational.permitFailures', 'customerService.total') in words: the table, then the measure,
 * KPI or item. A path this screen does not know is shown as written rather than hidden.
 */
export function figureName(text: ScoreText, figure: string): string {
  const message = dynamic(text.t);
  const [table, ...rest] = figure.split('.');
  const tableKey = TABLES[table];
  if (!tableKey || rest.length === 0) return figure;
  const [id, ...more] = rest;
  const named = (key: Key) => message(key, { defaultValue: id });
  let name: string;
  if (table === 'statistics')
    name = STATISTICS[id] ? message(STATISTICS[id]) : id;
  else if (table === 'serviceLevels')
    name = named(`measures.${id as 'qualificationRate'}`);
  else if (table === 'kpi')
    name = `${named(`kpis.${id as 'callbackRate'}`)} ${more.join('.')}`.trim();
  else if (CARD_PARTS[id]) name = message(CARD_PARTS[id]);
  else
    name = text.t('closing.figures.itemScore', {
      item: named(`items.${id as 'opsSecurity'}`),
    });
  return text.t('closing.figures.inTable', {
    table: message(tableKey),
    name,
  });
}

/** The report's measure or KPI row a figure's path names, for its unit. */
function rowOf(
  report: ScorecardReport,
  table: string,
  rest: string[],
): MeasureRow<string> | undefined {
  const [id, period] = rest;
  if (table === 'serviceLevels')
    return report.serviceLevels.find(r => r.id === id);
  if (table === 'kpi')
    return report.kpi.find(r => r.id === id && r.period === period);
  return undefined;
}

/**
 * A sealed or live value as the tables show it: rates in %, times in minutes, a measure in its
 * own unit (looked up in the report, since the path does not say it), points as points.
 */
export function figureValue(
  text: ScoreText,
  figure: string,
  value: FigureChange['live'],
  report: ScorecardReport,
): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  const [table, ...rest] = figure.split('.');
  if (table === 'statistics') {
    if (rest[0] === 'averageResolutionMinutes') return text.minutes(value);
    if (/Rate$/.test(rest[0])) return percentText(text.t, value);
    return String(value);
  }
  const row = rowOf(report, table, rest);
  // The counts behind the report's rate are the shown report's, not this value's: left out.
  if (row) return text.measured({ ...row, measured: value, counts: undefined });
  return text.points(value);
}
