import { ScorecardReport } from './report';
import { EvidenceRef, ScoreItem, Scorecard } from './types';

type FigureValue = number | string | null;

/** One figure of a report: where it is, its value, and the records it is counted from. */
interface Figure {
  figure: string;
  value: FigureValue;
  /** The refs a deduction or measure names; the figure moves when they change. */
  evidence: EvidenceRef[];
  /** Counted over every ticket of the period (a rate, a count) rather than from named refs. */
  wholePeriod: boolean;
}

/** A figure whose live value is no longer the sealed one, with the refs that differ. */
export interface ChangedFigure {
  figure: string;
  sealed: FigureValue;
  live: FigureValue;
  /** Refs named by one report's deductions or measures and not the other's. */
  evidence: EvidenceRef[];
  wholePeriod: boolean;
}

const value = (v: number | string | undefined): FigureValue => v ?? null;

function itemEvidence(item: ScoreItem): EvidenceRef[] {
  return [
    ...item.deductions.flatMap(line => line.evidence),
    ...item.excluded.map(e => e.evidence),
  ];
}

function cardFigures(name: string, card: Scorecard): Figure[] {
  const items = card.items.map(item => ({
    figure: `${name}.${item.id}`,
    value: item.score,
    evidence: itemEvidence(item),
    wholePeriod: item.id === 'answerRate' || item.id === 'resolutionRate',
  }));
  const ops = card.opsSecurity && {
    figure: `${name}.opsSecurity`,
    value: card.opsSecurity.deducted,
    evidence: card.opsSecurity.deductions.flatMap(line => line.evidence),
    wholePeriod: false,
  };
  const bonus = card.bonus && {
    figure: `${name}.bonus`,
    value: card.bonus.score,
    evidence: card.bonus.additions.flatMap(line => line.evidence),
    wholePeriod: false,
  };
  const parts = [...items, ...(ops ? [ops] : []), ...(bonus ? [bonus] : [])];
  return [
    ...parts,
    {
      figure: `${name}.total`,
      value: card.total,
      evidence: parts.flatMap(p => p.evidence),
      wholePeriod: parts.some(p => p.wholePeriod),
    },
  ];
}

/** Every figure a manager reads off a report, by a stable path. */
export function reportFigureList(report: ScorecardReport): Figure[] {
  const statistics = Object.entries(report.statistics).map(([key, v]) => ({
    figure: `statistics.${key}`,
    value: value(v),
    evidence: [],
    wholePeriod: true,
  }));
  const measures = [
    ...report.serviceLevels.map(row => ({ row, path: row.id })),
    ...report.kpi.map(row => ({ row, path: `${row.id}.${row.period}` })),
  ].map(({ row, path }) => ({
    figure: `${'period' in row ? 'kpi' : 'serviceLevels'}.${path}`,
    value: value(row.measured),
    evidence: row.evidence,
    wholePeriod: !!row.counts,
  }));
  return [
    ...statistics,
    ...measures,
    ...cardFigures('operational', report.operational),
    ...cardFigures('customerService', report.customerService),
  ];
}

const refKey = (ref: EvidenceRef) => `${ref.type}:${ref.id}`;

/** Refs in one list and not the other, each once. */
function differing(a: EvidenceRef[], b: EvidenceRef[]): EvidenceRef[] {
  const inA = new Set(a.map(refKey));
  const inB = new Set(b.map(refKey));
  const seen = new Set<string>();
  return [
    ...a.filter(r => !inB.has(refKey(r))),
    ...b.filter(r => !inA.has(refKey(r))),
  ].filter(r => !seen.has(refKey(r)) && !!seen.add(refKey(r)));
}

/**
 * The figures of a sealed report that the live one no longer shows, in the report's order.
 * Values are compared exactly: a rate that moved by one ticket in ten thousand has moved; a
 * figure without a value on either side has not.
 */
export function changedFigures(
  sealed: ScorecardReport,
  live: ScorecardReport,
): ChangedFigure[] {
  const now = new Map(reportFigureList(live).map(f => [f.figure, f]));
  const changes: ChangedFigure[] = [];
  for (const before of reportFigureList(sealed)) {
    const after = now.get(before.figure);
    now.delete(before.figure);
    if ((after?.value ?? null) === before.value) continue;
    changes.push({
      figure: before.figure,
      sealed: before.value,
      live: after?.value ?? null,
      evidence: differing(before.evidence, after?.evidence ?? []),
      wholePeriod: before.wholePeriod || !!after?.wholePeriod,
    });
  }
  // A stored report has lost the figures it had no value for (JSON drops them): a figure that
  // has none now either did not change.
  for (const after of [...now.values()].filter(f => f.value !== null)) {
    changes.push({
      figure: after.figure,
      sealed: null,
      live: after.value,
      evidence: after.evidence,
      wholePeriod: after.wholePeriod,
    });
  }
  return changes;
}
