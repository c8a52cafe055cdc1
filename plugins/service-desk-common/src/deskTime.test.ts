import { deskTimeToUtc, isDeskDate, utcToDeskTime } from './deskTime';

describe('deskTimeToUtc', () => {
  it.each<[string, string, string | undefined]>([
    // Shanghai is UTC+8 all year: 02:48 on 2 December is 18:48 UTC on 1 December.
    ['2026-12-02 02:48', 'Asia/Shanghai', '2026-12-01T18:48:00.000Z'],
    ['2026-12-02 14:05', 'Asia/Shanghai', '2026-12-02T06:05:00.000Z'],
    ['  2026-12-02   14:05 ', 'Asia/Shanghai', '2026-12-02T06:05:00.000Z'],
    // Berlin in winter is UTC+1, in summer UTC+2.
    ['2026-01-15 09:00', 'Europe/Berlin', '2026-01-15T08:00:00.000Z'],
    ['2026-07-15 09:00', 'Europe/Berlin', '2026-07-15T07:00:00.000Z'],
    // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump 02:00 → 03:00).
    ['2026-03-29 02:30', 'Europe/Berlin', undefined],
    ['2026-12-02 2:48 PM', 'Asia/Shanghai', undefined],
    ['12/02/2026 02:48', 'Asia/Shanghai', undefined],
    ['2026-12-02 24:00', 'Asia/Shanghai', undefined],
    ['2026-02-30 10:00', 'Asia/Shanghai', undefined],
    ['2026-12-02', 'Asia/Shanghai', undefined],
    ['', 'Asia/Shanghai', undefined],
  ])('%p in %s → %p', (text, zone, expected) => {
    expect(deskTimeToUtc(text, zone)).toBe(expected);
  });
});

describe('utcToDeskTime', () => {
  it('shows a UTC instant in the desk zone, 24-hour', () => {
    expect(utcToDeskTime('2026-12-01T18:48:00.000Z', 'Asia/Shanghai')).toBe(
      '2026-12-02 02:48',
    );
    expect(utcToDeskTime('2026-12-02T06:05:00Z', 'Asia/Shanghai')).toBe(
      '2026-12-02 14:05',
    );
    expect(utcToDeskTime(undefined, 'Asia/Shanghai')).toBe('');
  });
});

describe('isDeskDate', () => {
  it.each<[string, boolean]>([
    ['2026-12-02', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['12/02/2026', false],
    ['2026-12-2', false],
  ])('%p → %p', (text, expected) => {
    expect(isDeskDate(text)).toBe(expected);
  });
});
