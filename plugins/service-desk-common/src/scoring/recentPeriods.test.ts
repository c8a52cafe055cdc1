import { recentPeriods } from './recentPeriods';

describe('recentPeriods', () => {
  it.each([
    ['cycle', '2026-11', 3, ['2026-09', '2026-10', '2026-11']],
    ['cycle', '2027-02', 4, ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['month', '2026-01', 2, ['2025-12', '2026-01']],
    ['quarter', '2026-Q1', 3, ['2025-Q3', '2025-Q4', '2026-Q1']],
    ['half', '2026-H1', 2, ['2025-H2', '2026-H1']],
    ['year', '2026', 3, ['2024', '2025', '2026']],
    ['cycle', '2026-05', 1, ['2026-05']],
  ] as const)('%s %s, %d back', (kind, label, count, expected) => {
    expect(recentPeriods(kind, label, count)).toEqual(expected);
  });

  it('refuses a label that is not of the kind', () => {
    expect(() => recentPeriods('cycle', '2026-Q1', 2)).toThrow(RangeError);
  });
});
