import { lastDayOf, pointsValue } from './format';

describe('format', () => {
  it('shows points without trailing zeros', () => {
    expect([18, 9.5, 0.25, 92].map(pointsValue)).toEqual([
      '18',
      '9.5',
      '0.25',
      '92',
    ]);
  });

  it('names the last day of a cycle in the desk time zone', () => {
    expect(lastDayOf('2026-11-20T16:00:00.000Z', 'Asia/Shanghai')).toBe(
      '2026-11-20',
    );
  });
});
