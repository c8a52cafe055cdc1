import { fullPointsBelow, rateStatus, roundPoints, scoreItem } from './points';

describe('fullPointsBelow: full percentage points under the threshold, in integers', () => {
  it.each<[string, number, number, number, number]>([
    ['99.0 % against 99 % deducts nothing', 99, 100, 0.99, 0],
    ['98.5 % is not a full point below', 985, 1000, 0.99, 0],
    [
      '98.0 % is exactly 1 point (no 0.99 − 0.98 = 0.0099999… surprise)',
      98,
      100,
      0.99,
      1,
    ],
    ['97.99 % is 1', 9799, 10000, 0.99, 1],
    ['96.99 % is 2', 9699, 10000, 0.99, 2],
    ['97.0 % is exactly 2', 97, 100, 0.99, 2],
    ['1 late of 3 (66.67 %) is 32', 2, 3, 0.99, 32],
    ['0 of 1 is 99', 0, 1, 0.99, 99],
    ['a 98.75 % threshold: 97.75 % is exactly 1', 9775, 10000, 0.9875, 1],
    ['a 100 % threshold: 99.99 % is 0 full points', 9999, 10000, 1, 0],
    [
      'millions of calls stay exact: 98 % is 1',
      98_000_000,
      100_000_000,
      0.99,
      1,
    ],
    ['no calls, no points', 0, 0, 0.99, 0],
  ])('%s', (_name, hit, of, threshold, points) => {
    expect(fullPointsBelow(hit, of, threshold)).toBe(points);
  });

  it('refuses counts that cannot be', () => {
    expect(() => fullPointsBelow(101, 100, 0.99, 'answered calls')).toThrow(
      'answered calls: expected whole counts with 0 ≤ 101 ≤ 100',
    );
    expect(() => fullPointsBelow(1.5, 3, 0.99)).toThrow(/whole counts/);
  });
});

describe('rateStatus', () => {
  it.each<[number, number, number, string]>([
    [99, 100, 0.99, 'met'], // 99 % (含) is met
    [989, 1000, 0.99, 'missed'],
    [100, 100, 1, 'met'],
    [99, 100, 1, 'missed'],
    [0, 0, 0.99, 'noData'], // no denominator is not met
  ])('%d of %d against %d → %s', (hit, of, threshold, status) => {
    expect(rateStatus(hit, of, threshold)).toBe(status);
  });
});

describe('scoreItem', () => {
  const line = (points: number) => ({
    points,
    reason: { code: 'permitFailure' as const, params: {} },
    evidence: [],
  });
  it('stops at 0 and keeps every deduction at its full value', () => {
    // 11 × 2 = 22 against a max of 20 → 0, not −2.
    const item = scoreItem(
      'emergencyResponse',
      20,
      Array.from({ length: 11 }, () => line(2)),
    );
    expect(item).toMatchObject({ score: 0, deducted: 20 });
    expect(item.deductions).toHaveLength(11);
  });
  it('adds configured fractions as a person would', () => {
    // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in floating point; 10 − 0.3 = 9.7.
    expect(
      scoreItem('emergencyClose', 10, [line(0.1), line(0.1), line(0.1)]),
    ).toMatchObject({ deducted: 0.3, score: 9.7 });
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
  });
});
