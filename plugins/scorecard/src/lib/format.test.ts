import { lastDayOf, percentValue, pointsValue } from './format';

describe('format', () => {
  it.each([
    [33 / 70, '47.1'],
    [5 / 6, '83.3'],
    [0.9896, '98.9'],
    [0.29, '29.0'],
    [1, '100.0'],
  ])('cuts the rate %p to %p', (ratio, text) =>
    expect(percentValue(ratio)).toBe(text),
  );

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
