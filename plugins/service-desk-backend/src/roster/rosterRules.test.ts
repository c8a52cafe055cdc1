import { ConflictError, InputError } from '@backstage/errors';
import {
  RosterChange,
  RosterChangeInput,
} from '@internal/plugin-service-desk-common';
import { SlotWindow } from './deskHours';
import { onDutyAcross } from './onDuty';
import { RosterState, checkChange, checkPlan } from './rosterRules';

const LI = 'user:default/li.na';
const ZHAO = 'user:default/zhao.lei';
const CHEN = 'user:default/chen.jie';
const HALF_DAY = 4 * 3_600_000;
// Monday 2026-12-07 in Shanghai: desk 08:00–18:00 (00:00Z–10:00Z), duty until Tuesday 08:00.
const MON_DESK: SlotWindow = {
  date: '2026-12-07',
  kind: 'desk',
  start: '2026-12-07T00:00:00.000Z',
  end: '2026-12-07T10:00:00.000Z',
};
const MON_DUTY: SlotWindow = {
  date: '2026-12-07',
  kind: 'duty',
  start: '2026-12-07T10:00:00.000Z',
  end: '2026-12-08T00:00:00.000Z',
};
const TUE_DESK: SlotWindow = {
  date: '2026-12-08',
  kind: 'desk',
  start: '2026-12-08T00:00:00.000Z',
  end: '2026-12-08T10:00:00.000Z',
};

function state(overrides: Partial<RosterState> = {}): RosterState {
  return {
    now: '2026-12-01T00:00:00.000Z',
    eligible: { desk: [LI, ZHAO], duty: [CHEN] },
    holders: new Map([
      ['2026-12-07/desk', LI],
      ['2026-12-07/duty', CHEN],
      ['2026-12-08/desk', ZHAO],
    ]),
    changes: [],
    ...overrides,
  };
}

const cover = (start?: string, end?: string): RosterChangeInput => ({
  date: '2026-12-07',
  kind: 'desk',
  type: 'cover',
  replacement: ZHAO,
  start,
  end,
  reason: 'r',
});

function change(c: Partial<RosterChange>): RosterChange {
  return {
    id: '1',
    date: '2026-12-07',
    kind: 'desk',
    type: 'cover',
    start: MON_DESK.start,
    end: MON_DESK.end,
    holder: LI,
    replacement: ZHAO,
    reason: 'r',
    status: 'approved',
    needsApproval: false,
    requestedBy: 'user:default/wang.fang',
    requestedAt: '2026-12-01T00:00:00.000Z',
    ...c,
  };
}

describe('roster changes (§8.6)', () => {
  it.each<[string, string, string, boolean]>([
    [
      '3 h 59 min: the lead arranges it alone',
      '2026-12-07T01:00:00Z',
      '2026-12-07T04:59:00Z',
      false,
    ],
    [
      'exactly half a day (4 h): the IT manager approves',
      '2026-12-07T01:00:00Z',
      '2026-12-07T05:00:00Z',
      true,
    ],
    [
      'the whole 10-hour desk slot',
      '2026-12-07T00:00:00Z',
      '2026-12-07T10:00:00Z',
      true,
    ],
  ])('%s', (_name, start, end, needsApproval) => {
    expect(
      checkChange(cover(start, end), MON_DESK, undefined, state(), HALF_DAY),
    ).toEqual({
      holder: LI,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      needsApproval,
    });
  });

  it.each<
    [
      string,
      RosterChangeInput,
      Partial<RosterState>,
      typeof InputError | typeof ConflictError,
      RegExp,
    ]
  >([
    [
      'outside the slot',
      cover('2026-12-07T09:00:00Z', '2026-12-07T11:00:00Z'),
      {},
      InputError,
      /within 2026-12-07 desk/,
    ],
    [
      'the holder covering themselves',
      { ...cover(), replacement: LI },
      {},
      InputError,
      /already holds/,
    ],
    [
      'someone not on the desk',
      { ...cover(), replacement: CHEN },
      {},
      InputError,
      /may not hold a desk slot/,
    ],
    [
      'an unplanned slot',
      cover(),
      { holders: new Map() },
      ConflictError,
      /not planned yet/,
    ],
    [
      'a stretch already over',
      cover(),
      { now: '2026-12-07T10:00:00.000Z' },
      ConflictError,
      /already over/,
    ],
    [
      'overlapping a pending change',
      cover('2026-12-07T02:00:00Z', '2026-12-07T03:00:00Z'),
      {
        changes: [
          change({
            status: 'pending',
            start: '2026-12-07T02:30:00.000Z',
            end: '2026-12-07T04:00:00.000Z',
          }),
        ],
      },
      ConflictError,
      /already has a cover/,
    ],
  ])('refuses %s', (_name, input, overrides, type, message) => {
    const run = () =>
      checkChange(input, MON_DESK, undefined, state(overrides), HALF_DAY);
    expect(run).toThrow(type);
    expect(run).toThrow(message);
  });

  it('lets a cover follow another one that ends where it starts', () => {
    const before = change({
      start: '2026-12-07T00:00:00.000Z',
      end: '2026-12-07T02:00:00.000Z',
    });
    expect(
      checkChange(
        cover('2026-12-07T02:00:00Z', '2026-12-07T03:00:00Z'),
        MON_DESK,
        undefined,
        state({ changes: [before] }),
        HALF_DAY,
      ).needsApproval,
    ).toBe(false);
  });

  it('checks a swap against the slot given in return', () => {
    const swap: RosterChangeInput = {
      date: '2026-12-07',
      kind: 'desk',
      type: 'swap',
      replacement: ZHAO,
      swapWith: { date: '2026-12-08', kind: 'desk' },
      reason: 'r',
    };
    expect(
      checkChange(swap, MON_DESK, TUE_DESK, state(), HALF_DAY),
    ).toMatchObject({
      needsApproval: true,
      start: MON_DESK.start,
      end: MON_DESK.end,
    });
    expect(() =>
      checkChange(
        {
          ...swap,
          replacement: CHEN,
          swapWith: { date: '2026-12-07', kind: 'duty' },
        },
        MON_DESK,
        MON_DUTY,
        state({ eligible: { desk: [LI, ZHAO, CHEN], duty: [CHEN] } }),
        HALF_DAY,
      ),
    ).toThrow(/li.na may not hold a duty slot/);
    const taken = change({
      id: '9',
      date: '2026-12-08',
      start: TUE_DESK.start,
      end: TUE_DESK.end,
      holder: ZHAO,
      replacement: LI,
      status: 'pending',
    });
    expect(() =>
      checkChange(
        swap,
        MON_DESK,
        TUE_DESK,
        state({ changes: [taken] }),
        HALF_DAY,
      ),
    ).toThrow(/2026-12-08 desk already has a cover or swap/);
  });
});

describe('roster plans (§8.6 (3): no empty slot)', () => {
  const plan = (
    assignments: Array<{ date: string; kind: 'desk' | 'duty'; holder: string }>,
  ) => ({ from: '2026-12-07', to: '2026-12-07', assignments });
  const full = [
    { date: '2026-12-07', kind: 'desk' as const, holder: LI },
    { date: '2026-12-07', kind: 'duty' as const, holder: CHEN },
  ];

  it('accepts a plan filling every slot', () => {
    expect(() =>
      checkPlan(
        plan(full),
        [MON_DESK, MON_DUTY],
        state({ holders: new Map() }),
      ),
    ).not.toThrow();
  });

  it('names the empty slots and the slots that are not in the range', () => {
    expect(() =>
      checkPlan(plan([full[0]]), [MON_DESK, MON_DUTY], state()),
    ).toThrow(/nobody is on 2026-12-07 duty/);
    expect(() =>
      checkPlan(
        plan([...full, { date: '2026-12-09', kind: 'desk', holder: LI }]),
        [MON_DESK, MON_DUTY],
        state(),
      ),
    ).toThrow(/assignments\[2\]: 2026-12-09 desk is not a slot/);
    expect(() =>
      checkPlan(plan([...full, full[0]]), [MON_DESK, MON_DUTY], state()),
    ).toThrow(/assigned twice/);
  });

  it('keeps the holder of a slot that began or has changes, but takes the same plan again', () => {
    const begun = state({ now: '2026-12-07T12:00:00.000Z' });
    expect(() =>
      checkPlan(plan(full), [MON_DESK, MON_DUTY], begun),
    ).not.toThrow();
    expect(() =>
      checkPlan(
        plan([{ ...full[0], holder: ZHAO }, full[1]]),
        [MON_DESK, MON_DUTY],
        begun,
      ),
    ).toThrow(ConflictError);
    const changed = state({ changes: [change({ status: 'pending' })] });
    expect(() =>
      checkPlan(
        plan([{ ...full[0], holder: ZHAO }, full[1]]),
        [MON_DESK, MON_DUTY],
        changed,
      ),
    ).toThrow(/2026-12-07 desk already began or has covers/);
  });
});

describe('who is on duty', () => {
  it('splits a slot around an approved cover and ignores pending and refused ones', () => {
    const covered = change({
      id: '2',
      start: '2026-12-07T02:00:00.000Z',
      end: '2026-12-07T04:00:00.000Z',
    });
    const pending = change({
      id: '3',
      status: 'pending',
      start: '2026-12-07T06:00:00.000Z',
      end: '2026-12-07T07:00:00.000Z',
    });
    expect(onDutyAcross(MON_DESK, LI, [pending, covered])).toEqual([
      { userRef: LI, start: MON_DESK.start, end: '2026-12-07T02:00:00.000Z' },
      {
        userRef: ZHAO,
        start: '2026-12-07T02:00:00.000Z',
        end: '2026-12-07T04:00:00.000Z',
        changeId: '2',
      },
      { userRef: LI, start: '2026-12-07T04:00:00.000Z', end: MON_DESK.end },
    ]);
  });

  it('gives the holder the slot received in a swap', () => {
    const swap = change({
      id: '4',
      type: 'swap',
      swapWith: { date: '2026-12-08', kind: 'desk' },
    });
    expect(onDutyAcross(MON_DESK, LI, [swap])).toEqual([
      {
        userRef: ZHAO,
        start: MON_DESK.start,
        end: MON_DESK.end,
        changeId: '4',
      },
    ]);
    expect(onDutyAcross(TUE_DESK, ZHAO, [swap])).toEqual([
      { userRef: LI, start: TUE_DESK.start, end: TUE_DESK.end, changeId: '4' },
    ]);
  });
});
