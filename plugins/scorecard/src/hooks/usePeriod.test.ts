import { periodAt } from './usePeriod';
import { ScorecardConfig } from './useScorecardConfig';

const config = (days: Record<number, number> = {}): ScorecardConfig => ({
  timeZone: 'Asia/Shanghai',
  cycleStartDay: year => days[year] ?? 21,
  firstYear: 2026,
});

describe('periodAt', () => {
  it.each([
    // A cycle is named by the month it ends in: 21 Nov → 20 Dec is cycle 2026-12.
    ['2026-11-28T10:00:00Z', 'cycle', '2026-12'],
    ['2026-11-20T15:59:59Z', 'cycle', '2026-11'],
    // Midnight of the 21st in Shanghai is still the 20th in UTC.
    ['2026-11-20T16:00:00Z', 'cycle', '2026-12'],
    // From 21 December the cycle belongs to the next year.
    ['2026-12-25T02:00:00Z', 'cycle', '2027-01'],
    ['2026-11-28T10:00:00Z', 'month', '2026-11'],
    ['2026-12-31T16:30:00Z', 'month', '2027-01'],
    ['2026-11-28T10:00:00Z', 'quarter', '2026-Q4'],
    ['2026-11-28T10:00:00Z', 'half', '2026-H2'],
    ['2026-11-28T10:00:00Z', 'year', '2026'],
  ] as const)('%s is in the %s %s', (at, kind, label) => {
    expect(periodAt(kind, new Date(at), config())).toMatchObject({
      kind,
      label,
      year: Number(label.slice(0, 4)),
    });
  });

  it("uses the rule set of the cycle's own year for its start day", () => {
    // 2027's cycles start on the 19th: 20 Dec 2026 is already in cycle 2027-01.
    expect(
      periodAt('cycle', new Date('2026-12-20T02:00:00Z'), config({ 2027: 19 }))
        .label,
    ).toBe('2027-01');
    expect(
      periodAt('cycle', new Date('2026-12-20T02:00:00Z'), config()).label,
    ).toBe('2026-12');
  });
});
