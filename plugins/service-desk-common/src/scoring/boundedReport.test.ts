import { boundedReport } from './boundedReport';
import { scoreItem } from './points';
import { ScorecardReport } from './report';
import { ScoreLine, Scorecard } from './types';

const line = (i: number, points = 1): ScoreLine => ({
  points,
  reason: { code: 'unsatisfiedCallback', params: {} },
  evidence: [{ type: 'ticket', id: String(i), label: `SD-${i}` }],
  key: `2026:satisfaction:${i}`,
});

const card = (lines: ScoreLine[]): Scorecard => ({
  items: [
    {
      ...scoreItem('satisfaction', 20, lines),
      excluded: lines.map(l => ({
        evidence: l.evidence[0],
        countedIn: 'emergencyClose' as const,
      })),
    },
  ],
  maximum: 20,
  itemsScore: 0,
  total: 0,
  percentage: 0,
  escalations: [],
});

const report = (
  lines: ScoreLine[],
  serviceLevels: Partial<ScorecardReport['serviceLevels'][number]>[] = [],
) =>
  ({
    serviceLevels,
    kpi: [],
    operational: card([]),
    customerService: card(lines),
  } as unknown as ScorecardReport);

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'ticket' as const,
    id: String(i),
    label: `SD-${i}`,
  }));

describe('boundedReport', () => {
  it('lists the first lines and counts the rest, the score untouched', () => {
    const lines = Array.from({ length: 250 }, (_, i) =>
      line(i, i < 200 ? 1 : 0.5),
    );
    const [item] = boundedReport(report(lines), 200).customerService.items;
    expect(item.deductions).toEqual(lines.slice(0, 200));
    expect(item.excluded).toHaveLength(200);
    // 50 lines of 0.5 left out: 25 points, still counted in what was deducted (capped at 20).
    expect(item.omitted).toEqual({ deductions: 50, points: 25, excluded: 50 });
    expect(item.deducted).toBe(20);
    expect(item.score).toBe(0);
  });

  it('keeps an appealed line wherever it falls', () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(i));
    const [item] = boundedReport(
      report(lines),
      3,
      new Set(['2026:satisfaction:8']),
    ).customerService.items;
    expect(item.deductions.map(l => l.key)).toEqual([
      '2026:satisfaction:0',
      '2026:satisfaction:1',
      '2026:satisfaction:2',
      '2026:satisfaction:8',
    ]);
    expect(item.omitted).toEqual({ deductions: 6, points: 6, excluded: 7 });
  });

  it('leaves an item within the limit as it is', () => {
    const small = report([line(1), line(2)]);
    const bounded = boundedReport(small, 200);
    expect(bounded.customerService.items[0]).toBe(
      small.customerService.items[0],
    );
    expect(bounded.operational.items[0].omitted).toBeUndefined();
  });

  it('lists the first records behind a line or a measure and counts the rest', () => {
    const wide: ScoreLine = { ...line(1), evidence: refs(250) };
    const bounded = boundedReport(
      report([wide, line(2)], [{ evidence: refs(201) }, { evidence: refs(3) }]),
      200,
    );
    const [first, second] = bounded.customerService.items[0].deductions;
    expect(first.evidence).toEqual(refs(200));
    expect(first.evidenceOmitted).toBe(50);
    expect(first.points).toBe(1);
    expect(second).toEqual(line(2));
    expect(bounded.serviceLevels[0].evidence).toHaveLength(200);
    expect(bounded.serviceLevels[0].evidenceOmitted).toBe(1);
    expect(bounded.serviceLevels[1].evidenceOmitted).toBeUndefined();
  });
});
