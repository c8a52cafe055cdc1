import { sumPoints } from './points';
import { ScorecardReport } from './report';
import { ScoreItem, ScoreLine, Scorecard } from './types';

/**
 * How many deductions, and how many exclusions, of one item a report lists unless asked for all,
 * and how many records behind one line or one measure. A year at a national desk can hold tens
 * of thousands of per-occurrence lines (and one "emergencies closed late" row with all of them):
 * far past the point where an item's score stops at 0, and past what a page can show or an
 * answer carry.
 */
export const LINES_PER_ITEM = 200;

/** A line or a measure with at most `limit` records of its evidence, the rest counted. */
function boundedEvidence<T extends Pick<ScoreLine, 'evidence'>>(
  line: T,
  limit: number,
): T {
  if (line.evidence.length <= limit) return line;
  return {
    ...line,
    evidence: line.evidence.slice(0, limit),
    evidenceOmitted: line.evidence.length - limit,
  };
}

function boundedItem(
  item: ScoreItem,
  limit: number,
  keep: ReadonlySet<string>,
): ScoreItem {
  if (item.deductions.length <= limit && item.excluded.length <= limit) {
    const deductions = item.deductions.map(line =>
      boundedEvidence(line, limit),
    );
    return deductions.every((line, i) => line === item.deductions[i])
      ? item
      : { ...item, deductions };
  }
  // The first lines in their order, and every line someone appealed, wherever it falls.
  const listed = item.deductions.filter(
    (line, i) => i < limit || (line.key !== undefined && keep.has(line.key)),
  );
  const shown = new Set(listed);
  const left = item.deductions.filter(line => !shown.has(line));
  return {
    ...item,
    deductions: listed.map(line => boundedEvidence(line, limit)),
    excluded: item.excluded.slice(0, limit),
    omitted: {
      deductions: left.length,
      points: sumPoints(left),
      excluded: Math.max(0, item.excluded.length - limit),
    },
  };
}

function boundedCard(
  card: Scorecard,
  limit: number,
  keep: ReadonlySet<string>,
): Scorecard {
  return {
    ...card,
    items: card.items.map(item => boundedItem(item, limit, keep)),
  };
}

/**
 * The report with at most `limit` deductions and exclusions listed per item (and the lines of
 * `keep`, the appealed ones), the rest counted in the item's `omitted`, and at most `limit`
 * records behind each line and each measure, the rest counted in its `evidenceOmitted`. Nothing
 * is scored again: scores, totals and every figure stay those of all the lines.
 */
export function boundedReport<T extends ScorecardReport>(
  report: T,
  limit: number = LINES_PER_ITEM,
  keep: ReadonlySet<string> = new Set(),
): T {
  return {
    ...report,
    serviceLevels: report.serviceLevels.map(row => boundedEvidence(row, limit)),
    kpi: report.kpi.map(row => boundedEvidence(row, limit)),
    operational: boundedCard(report.operational, limit, keep),
    customerService: boundedCard(report.customerService, limit, keep),
  };
}
