import {
  PeriodKind,
  cyclesOverlapping,
  formatPeriodLabel,
  monthsOf,
  parsePeriodLabel,
  periodContaining,
  periodRange,
  periodsOfYear,
} from './periods';

const SH = 'Asia/Shanghai'; // UTC+8 all year, no DST
const BER = 'Europe/Berlin'; // UTC+1, UTC+2 from 2026-03-29 to 2026-10-25

describe('period labels', () => {
  it.each<[PeriodKind, string, number, number]>([
    ['cycle', '2026-11', 2026, 11],
    ['month', '2026-01', 2026, 1],
    ['quarter', '2026-Q4', 2026, 4],
    ['half', '2026-H2', 2026, 2],
    ['year', '2026', 2026, 1],
  ])('%s %s ↔ year %d index %d', (kind, label, year, index) => {
    expect(parsePeriodLabel(kind, label)).toEqual({ kind, year, index });
    expect(formatPeriodLabel({ kind, year, index })).toBe(label);
  });

  it.each<[PeriodKind, string]>([
    ['month', '2026-13'],
    ['month', '2026-1'],
    ['quarter', '2026-Q5'],
    ['half', '2026-h1'],
    ['year', '26'],
    ['cycle', '2026-Q1'],
  ])('refuses %s %j', (kind, label) => {
    expect(() => parsePeriodLabel(kind, label)).toThrow(
      /is not a \w+ label like/,
    );
  });
});

describe('periodRange: local midnights as UTC instants, end exclusive', () => {
  it.each<[string, PeriodKind, string, string, string, string, number]>([
    // Shanghai midnight is 16:00Z the day before.
    [
      'cycle 2026-01 = 2025-12-21 → 2026-01-21 local',
      'cycle',
      '2026-01',
      SH,
      '2025-12-20T16:00:00.000Z',
      '2026-01-20T16:00:00.000Z',
      21,
    ],
    [
      'cycle 2026-11 = 2026-10-21 → 2026-11-21 local',
      'cycle',
      '2026-11',
      SH,
      '2026-10-20T16:00:00.000Z',
      '2026-11-20T16:00:00.000Z',
      21,
    ],
    [
      'cycle starting on the 19th (§7.3 reading)',
      'cycle',
      '2026-11',
      SH,
      '2026-10-18T16:00:00.000Z',
      '2026-11-18T16:00:00.000Z',
      19,
    ],
    [
      'month 2026-11',
      'month',
      '2026-11',
      SH,
      '2026-10-31T16:00:00.000Z',
      '2026-11-30T16:00:00.000Z',
      21,
    ],
    [
      'quarter 2026-Q1',
      'quarter',
      '2026-Q1',
      SH,
      '2025-12-31T16:00:00.000Z',
      '2026-03-31T16:00:00.000Z',
      21,
    ],
    [
      'quarter 2026-Q4',
      'quarter',
      '2026-Q4',
      SH,
      '2026-09-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
      21,
    ],
    [
      'half 2026-H1',
      'half',
      '2026-H1',
      SH,
      '2025-12-31T16:00:00.000Z',
      '2026-06-30T16:00:00.000Z',
      21,
    ],
    [
      'half 2026-H2',
      'half',
      '2026-H2',
      SH,
      '2026-06-30T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
      21,
    ],
    [
      'year 2026',
      'year',
      '2026',
      SH,
      '2025-12-31T16:00:00.000Z',
      '2026-12-31T16:00:00.000Z',
      21,
    ],
    // Berlin: +01:00 in winter, +02:00 in summer; the ranges follow the local clock.
    [
      'Berlin month across the spring change',
      'month',
      '2026-03',
      BER,
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      21,
    ],
    [
      'Berlin cycle across the spring change',
      'cycle',
      '2026-04',
      BER,
      '2026-03-20T23:00:00.000Z',
      '2026-04-20T22:00:00.000Z',
      21,
    ],
    [
      'Berlin cycle across the autumn change',
      'cycle',
      '2026-11',
      BER,
      '2026-10-20T22:00:00.000Z',
      '2026-11-20T23:00:00.000Z',
      21,
    ],
    [
      'Berlin year',
      'year',
      '2026',
      BER,
      '2025-12-31T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
      21,
    ],
  ])('%s', (_name, kind, label, zone, start, end, day) => {
    const range = periodRange(kind, label, zone, day);
    expect(range.start.toISOString()).toBe(start);
    expect(range.end.toISOString()).toBe(end);
  });

  it('refuses an unknown zone and a cycle day some months lack', () => {
    expect(() => periodRange('month', '2026-11', 'Mars/Olympus')).toThrow(
      /unknown time zone 'Mars\/Olympus'/,
    );
    expect(() => periodRange('cycle', '2026-11', SH, 29)).toThrow(
      /from 2 to 28, got 29/,
    );
    expect(() => periodRange('cycle', '2026-11', SH, 1)).toThrow(
      /from 2 to 28/,
    );
  });
});

describe('periodContaining', () => {
  it.each<[PeriodKind, string, string, string]>([
    ['cycle', '2026-11-20T15:59:59.999Z', SH, '2026-11'], // 20 Nov 23:59:59 local: last instant of cycle 11
    ['cycle', '2026-11-20T16:00:00.000Z', SH, '2026-12'], // 21 Nov 00:00 local
    ['cycle', '2026-12-20T16:00:00.000Z', SH, '2027-01'], // 21 Dec local: named by January of the next year
    ['cycle', '2026-01-05T00:00:00.000Z', SH, '2026-01'],
    ['month', '2026-11-30T16:00:00.000Z', SH, '2026-12'], // already 1 Dec in Shanghai
    ['month', '2026-11-30T16:00:00.000Z', 'UTC', '2026-11'],
    ['quarter', '2026-09-30T16:00:00.000Z', SH, '2026-Q4'],
    ['half', '2026-06-30T15:59:00.000Z', SH, '2026-H1'],
    ['year', '2025-12-31T16:00:00.000Z', SH, '2026'],
    ['month', '2026-03-31T22:30:00.000Z', BER, '2026-04'], // 00:30 on 1 April, summer time
  ])('%s holding %s in %s is %s', (kind, instant, zone, label) => {
    expect(periodContaining(kind, new Date(instant), zone)).toBe(label);
  });

  it('round-trips with periodRange: a period holds its start and not its end', () => {
    for (const kind of ['cycle', 'month', 'quarter', 'half', 'year'] as const) {
      for (const label of periodsOfYear(kind, 2026)) {
        const { start, end } = periodRange(kind, label, BER);
        expect(periodContaining(kind, start, BER)).toBe(label);
        expect(periodContaining(kind, new Date(end.getTime() - 1), BER)).toBe(
          label,
        );
        expect(periodContaining(kind, end, BER)).not.toBe(label);
      }
    }
  });
});

describe('periodsOfYear', () => {
  it.each<[PeriodKind, string[]]>([
    ['quarter', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['half', ['2026-H1', '2026-H2']],
    ['year', ['2026']],
  ])('%s', (kind, labels) => {
    expect(periodsOfYear(kind, 2026)).toEqual(labels);
  });
  it('has 12 months and 12 cycles', () => {
    expect(periodsOfYear('cycle', 2026)).toEqual(periodsOfYear('month', 2026));
    expect(periodsOfYear('month', 2026)).toHaveLength(12);
    expect(periodsOfYear('month', 2026)[11]).toBe('2026-12');
  });
});

describe('monthsOf and cyclesOverlapping', () => {
  const year = periodsOfYear('month', 2026);
  it.each<[PeriodKind, string, string, string[], string[]]>([
    ['month', '2026-11', SH, ['2026-11'], ['2026-11']],
    [
      'quarter',
      '2026-Q1',
      SH,
      ['2026-01', '2026-02', '2026-03'],
      ['2026-01', '2026-02', '2026-03'],
    ],
    ['half', '2026-H2', SH, year.slice(6), year.slice(6)],
    ['year', '2026', SH, year, year],
    ['year', '2026', BER, year, year],
    // A cycle counts for itself, and its month is the one it is named by.
    ['cycle', '2026-11', SH, ['2026-11'], ['2026-11']],
    ['cycle', '2026-01', BER, ['2026-01'], ['2026-01']],
  ])('%s %s in %s', (kind, label, zone, months, cycles) => {
    const range = periodRange(kind, label, zone);
    expect(monthsOf(range, zone)).toEqual(months);
    expect(cyclesOverlapping(range, zone)).toEqual(cycles);
  });

  it('counts the cycle 2026-01 (from 2025-12-21) in 2026 and not in 2025', () => {
    expect(
      cyclesOverlapping(periodRange('year', '2025', SH), SH),
    ).not.toContain('2026-01');
    expect(cyclesOverlapping(periodRange('year', '2025', SH), SH)).toContain(
      '2025-12',
    );
  });

  it('follows the configured cycle day', () => {
    const q4 = periodRange('quarter', '2026-Q4', SH);
    expect(cyclesOverlapping(q4, SH, 19)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });
});
