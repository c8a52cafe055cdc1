import {
  percentTenths,
  percentOf,
  ratioPercent,
  roundedRatio,
} from './percent';

describe('percentOf', () => {
  it.each([
    [8, 9, '88.9'],
    [2, 3, '66.7'],
    [1, 8, '12.5'],
    [1, 16, '6.3'],
    [33, 70, '47.1'],
    [5, 6, '83.3'],
    [1777, 2000, '88.9'],
    [197, 200, '98.5'],
    [0, 7, '0.0'],
    [7, 7, '100.0'],
  ])('rounds %p/%p half-up to %p', (hit, of, text) =>
    expect(percentOf(hit, of)).toBe(text),
  );

  it('rounds scores with half points from their ratio', () => {
    // 46.25 of 70 = 66.0714… %; 0.25 of 4 = 6.25 % is exactly half a tenth.
    expect(percentOf(46.25, 70)).toBe('66.1');
    expect(percentOf(0.25, 4)).toBe('6.3');
  });

  it('refuses a percentage of nothing', () =>
    expect(() => percentTenths(1, 0)).toThrow(RangeError));
});

describe('ratioPercent', () => {
  it.each([
    // 0.8885 × 1000 is 888.4999… in binary; a spreadsheet shows 88.9 %.
    [0.8885, '88.9'],
    [0.0625, '6.3'],
    [0.29, '29.0'],
    [0.9896, '99.0'],
    [8 / 9, '88.9'],
    [1, '100.0'],
  ])('rounds %p half-up to %p', (ratio, text) =>
    expect(ratioPercent(ratio)).toBe(text),
  );
});

describe('roundedRatio', () => {
  it('is the value a 0.0% cell shows as the screen does', () => {
    expect(roundedRatio(8, 9)).toBe(0.889);
    expect(roundedRatio(1, 16)).toBe(0.063);
  });
});
