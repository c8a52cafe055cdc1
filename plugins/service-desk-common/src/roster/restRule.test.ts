import {
  DutyInterval,
  RestRule,
  dutyStretches,
  formatHours,
  restAround,
  restViolations,
  violationTouches,
} from './restRule';

// Winter desk hours in Shanghai (UTC+8): the desk 08:00–18:00, the duty 18:00 to 08:00 next
// morning, a day off's duty 08:00 to 08:00. Times below are written in local time.
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const interval = (
  date: string,
  kind: 'desk' | 'duty',
  start: string,
  end: string,
): DutyInterval => ({ start: at(start), end: at(end), slot: { date, kind } });

const RULE: RestRule = { maxContinuousHours: 16, minRestHours: 8 };

// Friday 2026-12-04 night, Saturday's and Sunday's 24-hour duty: the case from issue 13.
const FRIDAY_NIGHT = interval(
  '2026-12-04',
  'duty',
  '2026-12-04T18:00',
  '2026-12-05T08:00',
);
const SATURDAY = interval(
  '2026-12-05',
  'duty',
  '2026-12-05T08:00',
  '2026-12-06T08:00',
);
const SUNDAY = interval(
  '2026-12-06',
  'duty',
  '2026-12-06T08:00',
  '2026-12-07T08:00',
);

describe('the rest rule', () => {
  it('merges back-to-back slots into one stretch: Friday night to Monday morning is 62 hours', () => {
    // Fri 18:00 → Sat 08:00 = 14 h, Sat 08:00 → Sun 08:00 = 24 h, Sun 08:00 → Mon 08:00 = 24 h:
    // 14 + 24 + 24 = 62 h without a break.
    const [stretch, ...rest] = dutyStretches([SUNDAY, FRIDAY_NIGHT, SATURDAY]);
    expect(rest).toEqual([]);
    expect(stretch).toEqual({
      start: at('2026-12-04T18:00'),
      end: at('2026-12-07T08:00'),
      hours: 62,
      slots: [FRIDAY_NIGHT.slot, SATURDAY.slot, SUNDAY.slot],
    });
    expect(restViolations([FRIDAY_NIGHT, SATURDAY, SUNDAY], RULE)).toEqual([
      {
        rule: 'continuous',
        start: at('2026-12-04T18:00'),
        end: at('2026-12-07T08:00'),
        hours: 62,
        limit: 16,
        slots: [FRIDAY_NIGHT.slot, SATURDAY.slot, SUNDAY.slot],
      },
    ]);
  });

  it('takes a desk day followed by the same day’s night as 24 hours in a row', () => {
    // 08:00 → 18:00 = 10 h at the desk, 18:00 → 08:00 = 14 h on duty: 24 h > 16 h.
    const desk = interval(
      '2026-12-07',
      'desk',
      '2026-12-07T08:00',
      '2026-12-07T18:00',
    );
    const night = interval(
      '2026-12-07',
      'duty',
      '2026-12-07T18:00',
      '2026-12-08T08:00',
    );
    const [violation] = restViolations([desk, night], RULE);
    expect(violation).toMatchObject({ rule: 'continuous', hours: 24 });
    // Allowed where a desk takes 24 hours as its limit.
    expect(
      restViolations([desk, night], { ...RULE, maxContinuousHours: 24 }),
    ).toEqual([]);
  });

  it('never faults a single slot for its length: a day off’s duty is 24 hours by the desk hours', () => {
    expect(restViolations([SATURDAY], RULE)).toEqual([]);
  });

  it('finds a rest too short between two slots and gives its hours', () => {
    // The desk ends 18:00; a cover of the same day's night from 22:00: 4 h of rest < 8 h.
    const desk = interval(
      '2026-12-07',
      'desk',
      '2026-12-07T08:00',
      '2026-12-07T18:00',
    );
    const cover = interval(
      '2026-12-07',
      'duty',
      '2026-12-07T22:00',
      '2026-12-08T02:00',
    );
    expect(restViolations([cover, desk], RULE)).toEqual([
      {
        rule: 'rest',
        start: at('2026-12-07T18:00'),
        end: at('2026-12-07T22:00'),
        hours: 4,
        limit: 8,
        slots: [desk.slot, cover.slot],
      },
    ]);
    // 4 h is enough where the rule asks for 4: it asks for at least minRestHours.
    expect(restViolations([desk, cover], { ...RULE, minRestHours: 4 })).toEqual(
      [],
    );
  });

  it('does not count a break inside one slot (its holder relieved by a cover) as a rest', () => {
    // The holder of the night is covered 22:00–02:00: 18:00–22:00 and 02:00–08:00 are one slot.
    const early = interval(
      '2026-12-07',
      'duty',
      '2026-12-07T18:00',
      '2026-12-07T22:00',
    );
    const late = interval(
      '2026-12-07',
      'duty',
      '2026-12-08T02:00',
      '2026-12-08T08:00',
    );
    expect(dutyStretches([early, late]).map(s => s.hours)).toEqual([4, 6]);
    expect(restViolations([early, late], RULE)).toEqual([]);
  });

  it('gives the stretch around an instant and the rest either side', () => {
    // Monday's desk 08:00–18:00, then Tuesday's desk: 14 h of rest between them; Wednesday's
    // night from 18:00: Tuesday 18:00 → Wednesday 18:00 = 24 h of rest after Tuesday.
    const monday = interval(
      '2026-12-07',
      'desk',
      '2026-12-07T08:00',
      '2026-12-07T18:00',
    );
    const tuesday = interval(
      '2026-12-08',
      'desk',
      '2026-12-08T08:00',
      '2026-12-08T18:00',
    );
    const wednesday = interval(
      '2026-12-09',
      'duty',
      '2026-12-09T18:00',
      '2026-12-10T08:00',
    );
    expect(
      restAround([wednesday, monday, tuesday], at('2026-12-08T12:00')),
    ).toEqual({ continuousHours: 10, restBeforeHours: 14, restAfterHours: 24 });
    expect(restAround([monday], at('2026-12-07T08:00'))).toEqual({
      continuousHours: 10,
    });
    expect(restAround([monday], at('2026-12-07T18:00'))).toBeUndefined();
  });

  it('tells which violations concern the given slots', () => {
    const [violation] = restViolations([FRIDAY_NIGHT, SATURDAY], RULE);
    expect(violation.hours).toBe(38); // 14 h + 24 h
    expect(violationTouches(violation, new Set(['2026-12-05/duty']))).toBe(
      true,
    );
    expect(violationTouches(violation, new Set(['2026-12-06/duty']))).toBe(
      false,
    );
  });

  it('shows hours whole or with one decimal', () => {
    expect(formatHours(62)).toBe('62');
    expect(formatHours(14.5)).toBe('14.5');
    expect(formatHours(38.25)).toBe('38.3');
  });
});
