import { fillByRotation, OpenSlot } from './rotation';

// Shanghai winter hours (UTC+8): the desk 08:00–18:00, the night 18:00–08:00, a day off's
// duty 08:00–08:00. Times are written in local time.
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const slot = (
  date: string,
  kind: 'desk' | 'duty',
  start: string,
  end: string,
): OpenSlot => ({ date, kind, start: at(start), end: at(end) });
const RULE = { maxContinuousHours: 16, minRestHours: 8 };
const LEAD = 'user:default/wang.fang';
const LI = 'user:default/li.na';
const CHEN = 'user:default/chen.jie';
const SUN = 'user:default/sun.li';

const MONDAY_DESK = slot(
  '2026-12-07',
  'desk',
  '2026-12-07T08:00',
  '2026-12-07T18:00',
);
const MONDAY_NIGHT = slot(
  '2026-12-07',
  'duty',
  '2026-12-07T18:00',
  '2026-12-08T08:00',
);
const TUESDAY_DESK = slot(
  '2026-12-08',
  'desk',
  '2026-12-08T08:00',
  '2026-12-08T18:00',
);
const TUESDAY_NIGHT = slot(
  '2026-12-08',
  'duty',
  '2026-12-08T18:00',
  '2026-12-09T08:00',
);
const SATURDAY = slot(
  '2026-12-12',
  'duty',
  '2026-12-12T08:00',
  '2026-12-13T08:00',
);
const SUNDAY = slot(
  '2026-12-13',
  'duty',
  '2026-12-13T08:00',
  '2026-12-14T08:00',
);
// Friday's night, planned before: Fri 18:00 → Sat 08:00, 14 h.
const FRIDAY_NIGHT = {
  userRef: CHEN,
  start: at('2026-12-11T18:00'),
  end: at('2026-12-12T08:00'),
  slot: { date: '2026-12-11', kind: 'duty' as const },
};

describe('fillByRotation', () => {
  it('passes over the lead for the night after their desk day (10 h + 14 h = 24 h) and keeps the turns', () => {
    const eligible = { desk: [LEAD, LI], duty: [LEAD, CHEN] };
    const open = [TUESDAY_NIGHT, MONDAY_DESK, MONDAY_NIGHT, TUESDAY_DESK];
    expect(fillByRotation(open, eligible, [], RULE)).toEqual({
      holders: {
        '2026-12-07/desk': LEAD,
        '2026-12-07/duty': CHEN, // the lead's turn, but 24 h in a row
        '2026-12-08/desk': LI,
        // The lead again: Mon 18:00 → Tue 18:00 is 24 h of rest.
        '2026-12-08/duty': LEAD,
      },
      unfilled: [],
    });
    // Where a desk allows 24 h, the lead keeps the turn.
    expect(
      fillByRotation(open, eligible, [], { ...RULE, maxContinuousHours: 24 })
        .holders['2026-12-07/duty'],
    ).toBe(LEAD);
  });

  it('counts the duty that stays: after Friday’s night Chen does not take Saturday (14 h + 24 h = 38 h)', () => {
    expect(
      fillByRotation(
        [SATURDAY, SUNDAY],
        { desk: [], duty: [CHEN, SUN] },
        [FRIDAY_NIGHT],
        RULE,
      ),
    ).toEqual({
      holders: { '2026-12-12/duty': SUN, '2026-12-13/duty': CHEN },
      unfilled: [],
    });
  });

  it('leaves a slot open when nobody fits, and says which', () => {
    expect(
      fillByRotation(
        [SATURDAY],
        { desk: [], duty: [CHEN] },
        [FRIDAY_NIGHT],
        RULE,
      ),
    ).toEqual({
      holders: { '2026-12-12/duty': '' },
      unfilled: [{ date: '2026-12-12', kind: 'duty' }],
    });
    expect(
      fillByRotation([MONDAY_DESK], { desk: [], duty: [CHEN] }, [], RULE),
    ).toEqual({
      holders: { '2026-12-07/desk': '' },
      unfilled: [{ date: '2026-12-07', kind: 'desk' }],
    });
  });
});
