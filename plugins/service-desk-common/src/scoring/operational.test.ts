import { scoreOperational } from './operational';
import { regulationRuleSet } from './ruleSets';
import { entry, ticket } from './testRefs';
import {
  CycleEntryFact,
  EmergencyFact,
  OperationalFacts,
  RuleSet,
  ScoreItemId,
} from './types';

const rules = regulationRuleSet(2026);
const beyond: RuleSet = {
  ...rules,
  options: { groupedDeduction: 'beyondTarget' },
};
const none: OperationalFacts = {
  emergencies: [],
  permitFailures: [],
  reportFailures: [],
  eventResponseFailures: [],
};

/** Emergency n with its response and close minutes. */
const em = (
  n: number,
  responseMinutes: number,
  closeMinutes = 30,
): EmergencyFact => ({ ticket: ticket(n), responseMinutes, closeMinutes });
/** `count` failure entries in a cycle. */
const failures = (
  cycle: string,
  count: number,
  prefix = 'r',
): CycleEntryFact[] =>
  Array.from({ length: count }, (_, i) => ({
    cycle,
    ref: entry(`${prefix}-${cycle}-${i}`),
  }));
const score = (facts: Partial<OperationalFacts>, r: RuleSet = rules) =>
  scoreOperational({ ...none, ...facts }, r);
const item = (facts: Partial<OperationalFacts>, id: ScoreItemId, r?: RuleSet) =>
  score(facts, r).items.find(i => i.id === id)!;

describe('scoreOperational: one case per rule of SPEC §7.1', () => {
  it.each<
    [string, Partial<OperationalFacts>, ScoreItemId, number, string, RuleSet?]
  >([
    // Emergency response: −2 per response over 15 min, max 20.
    [
      '3 emergencies, responses 10, 16, 40 min → 2 breaches → 20 − 4 = 16',
      { emergencies: [em(1, 10), em(2, 16), em(3, 40)] },
      'emergencyResponse',
      16,
      'missed',
    ],
    [
      'a response of exactly 15 min is met (≤ 15) → 20',
      { emergencies: [em(1, 15)] },
      'emergencyResponse',
      20,
      'met',
    ],
    [
      '15.5 min is late → 20 − 2 = 18',
      { emergencies: [em(1, 15.5)] },
      'emergencyResponse',
      18,
      'missed',
    ],
    [
      '11 breaches → 22 → stops at 0, not −2',
      { emergencies: Array.from({ length: 11 }, (_, i) => em(i, 20)) },
      'emergencyResponse',
      0,
      'missed',
    ],
    [
      'no emergencies → 20, nothing measured',
      {},
      'emergencyResponse',
      20,
      'noData',
    ],
    // Emergency close: −0.5 per close later than 60 min, max 10.
    [
      'closes 60 (on time), 61 and 90 min → 2 late → 10 − 1 = 9',
      { emergencies: [em(1, 5, 60), em(2, 5, 61), em(3, 5, 90)] },
      'emergencyClose',
      9,
      'missed',
    ],
    [
      '21 late closes → 10.5 → stops at 0',
      { emergencies: Array.from({ length: 21 }, (_, i) => em(i, 5, 61)) },
      'emergencyClose',
      0,
      'missed',
    ],
    // Level-1 permits: −5 per failure, max 40, target 0.
    [
      '3 permit failures → 40 − 15 = 25',
      { permitFailures: [1, 2, 3].map(i => ({ ref: entry(`p${i}`) })) },
      'permitFailures',
      25,
      'missed',
    ],
    [
      '9 permit failures → 45 → 0',
      {
        permitFailures: Array.from({ length: 9 }, (_, i) => ({
          ref: entry(`p${i}`),
        })),
      },
      'permitFailures',
      0,
      'missed',
    ],
    ['no permit failures → 40, target 0 met', {}, 'permitFailures', 40, 'met'],
    // Report filling: −1 per full 3 failures in a cycle, summed over cycles, max 10.
    [
      'reports 2, 3, 7 in three cycles, fullGroups → 0 + 1 + 2 = 3 → 7',
      {
        reportFailures: [
          ...failures('2026-10', 2),
          ...failures('2026-11', 3),
          ...failures('2026-12', 7),
        ],
      },
      'reportFailures',
      7,
      'missed',
    ],
    [
      'reports 2, 3, 7, beyondTarget → over 3: 0, 0, 4 → floor(4 / 3) = 1 → 9',
      {
        reportFailures: [
          ...failures('2026-10', 2),
          ...failures('2026-11', 3),
          ...failures('2026-12', 7),
        ],
      },
      'reportFailures',
      9,
      'missed',
      beyond,
    ],
    [
      'reports 3 in one cycle: target ≤ 3 met, fullGroups still −1 → 9',
      { reportFailures: failures('2026-11', 3) },
      'reportFailures',
      9,
      'met',
    ],
    [
      'reports 3 in one cycle, beyondTarget → 0 beyond → 10',
      { reportFailures: failures('2026-11', 3) },
      'reportFailures',
      10,
      'met',
      beyond,
    ],
    [
      'reports 6 in one cycle, beyondTarget → 3 beyond → 1 → 9',
      { reportFailures: failures('2026-11', 6) },
      'reportFailures',
      9,
      'missed',
      beyond,
    ],
    [
      'reports 33 in one cycle → 11 → stops at 0',
      { reportFailures: failures('2026-11', 33) },
      'reportFailures',
      0,
      'missed',
    ],
    // Event response: −1 per full 2 failures in a cycle, summed, max 20.
    [
      'events 1, 2, 5 in three cycles, fullGroups → 0 + 1 + 2 = 3 → 17',
      {
        eventResponseFailures: [
          ...failures('2026-10', 1),
          ...failures('2026-11', 2),
          ...failures('2026-12', 5),
        ],
      },
      'eventResponseFailures',
      17,
      'missed',
    ],
    [
      'events 1, 2, 5, beyondTarget → over 2: 0, 0, 3 → floor(3 / 2) = 1 → 19',
      {
        eventResponseFailures: [
          ...failures('2026-10', 1),
          ...failures('2026-11', 2),
          ...failures('2026-12', 5),
        ],
      },
      'eventResponseFailures',
      19,
      'missed',
      beyond,
    ],
    [
      'events 2 in one cycle: target ≤ 2 met, fullGroups −1 → 19',
      { eventResponseFailures: failures('2026-11', 2) },
      'eventResponseFailures',
      19,
      'met',
    ],
  ])('%s', (_name, facts, id, expected, status, r = rules) => {
    // The default keeps the callback's arity at 5: jest reads a sixth parameter as `done`.
    const scored = item(facts, id, r);
    expect(scored.score).toBe(expected);
    expect(scored.status).toBe(status);
  });

  it('lists each deduction with its reason code and evidence', () => {
    const scored = item(
      { emergencies: [em(1, 10), em(2, 16)] },
      'emergencyResponse',
    );
    expect(scored.deductions).toEqual([
      {
        points: 2,
        reason: {
          code: 'emergencyResponseLate',
          params: { minutes: 16, limit: 15 },
        },
        evidence: [ticket(2)],
      },
    ]);
  });

  it('says in the reason that a late emergency is still open or still unanswered', () => {
    const emergencies = [
      { ...em(3, 10, 9660), closeRunning: true },
      { ...em(4, 20, 30), responseRunning: true, closeRunning: true },
      em(5, 30, 50),
    ];
    const reasons = (id: ScoreItemId) =>
      item({ emergencies }, id).deductions.map(d => d.reason.params);
    expect(reasons('emergencyClose')).toEqual([
      { minutes: 9660, limit: 60, running: 1 },
    ]);
    expect(reasons('emergencyResponse')).toEqual([
      { minutes: 20, limit: 15, running: 1 },
      { minutes: 30, limit: 15 },
    ]);
  });

  it("lists the desk's corrections of an emergency's occurred-at beside the deduction they touch", () => {
    const correction = {
      type: 'correction' as const,
      id: 'ev-9',
      ticketId: '2',
      label: 'occurred-at 14:05 → 14:00',
    };
    const scored = item(
      { emergencies: [{ ...em(2, 16), corrections: [correction] }] },
      'emergencyResponse',
    );
    expect(scored.deductions[0].evidence).toEqual([ticket(2), correction]);
  });

  it('makes one deduction per cycle, naming the cycle and every entry behind it', () => {
    // 2026-10: 2 failures → no group, no deduction; 2026-11: 4 → 1 group → −1.
    const scored = item(
      {
        reportFailures: [...failures('2026-11', 4), ...failures('2026-10', 2)],
      },
      'reportFailures',
    );
    expect(scored.deductions).toHaveLength(1);
    expect(scored.deductions[0]).toMatchObject({
      points: 1,
      reason: {
        code: 'reportFailuresInCycle',
        params: { cycle: '2026-11', failures: 4, groups: 1, target: 3 },
      },
    });
    expect(scored.deductions[0].evidence.map(e => e.id)).toEqual([
      'r-2026-11-0',
      'r-2026-11-1',
      'r-2026-11-2',
      'r-2026-11-3',
    ]);
  });

  it('totals out of 100', () => {
    // 16 + 9 + 40 + 7 + 20: responses 10/16/40 (−4), closes 61/90 on other tickets (−1), reports 2/3/7 (−3).
    const card = score({
      emergencies: [
        em(1, 10),
        em(2, 16),
        em(3, 40),
        em(4, 5, 61),
        em(5, 5, 90),
      ],
      reportFailures: [
        ...failures('2026-10', 2),
        ...failures('2026-11', 3),
        ...failures('2026-12', 7),
      ],
    });
    expect(card).toMatchObject({
      maximum: 100,
      itemsScore: 92,
      total: 92,
      percentage: 92,
      escalations: [],
    });
  });
});

describe('scoreOperational: no double deduction (SPEC §7)', () => {
  it('counts a ticket late to respond and to close once, at −2 under emergency response', () => {
    // Response 20 > 15 (−2) and close 90 > 60 (−0.5): only the larger counts → 18 and 10, total 98.
    const card = score({ emergencies: [em(1, 20, 90)] });
    const [response, close] = card.items;
    expect(response).toMatchObject({ score: 18, deducted: 2 });
    expect(close).toMatchObject({
      score: 10,
      deductions: [],
      excluded: [{ evidence: ticket(1), countedIn: 'emergencyResponse' }],
      status: 'missed', // the target is still missed; only the deduction moves
    });
    expect(card.total).toBe(98);
  });

  it('keeps a ticket late only to close under emergency close', () => {
    expect(
      item({ emergencies: [em(1, 10, 61)] }, 'emergencyClose'),
    ).toMatchObject({ score: 9.5, excluded: [] });
  });

  it('leaves an event-response failure out when its ticket was late to respond', () => {
    // Cycle 2026-11: failures on t1 and t2; t1 responded in 30 min (−2 > 1 ÷ 2). Event response
    // keeps t2 alone: 1 failure, no full group → 20. Without the rule: 2 → −1.
    const card = score({
      emergencies: [em(1, 30)],
      eventResponseFailures: [
        { cycle: '2026-11', ref: entry('ev1'), ticket: ticket(1) },
        { cycle: '2026-11', ref: entry('ev2'), ticket: ticket(2) },
      ],
    });
    expect(card.items.find(i => i.id === 'emergencyResponse')!.score).toBe(18);
    expect(
      card.items.find(i => i.id === 'eventResponseFailures'),
    ).toMatchObject({
      score: 20,
      excluded: [{ evidence: ticket(1), countedIn: 'emergencyResponse' }],
      status: 'met',
    });
    expect(card.total).toBe(98);
  });

  it('keeps an event-response failure whose emergency was answered in time', () => {
    // t1 responded in 10 min: no competing deduction; 2 failures → −1.
    const scored = item(
      {
        emergencies: [em(1, 10)],
        eventResponseFailures: [
          { cycle: '2026-11', ref: entry('ev1'), ticket: ticket(1) },
          { cycle: '2026-11', ref: entry('ev2'), ticket: ticket(2) },
        ],
      },
      'eventResponseFailures',
    );
    expect(scored).toMatchObject({ score: 19, excluded: [] });
    expect(scored.deductions[0].evidence).toEqual([
      entry('ev1'),
      ticket(1),
      entry('ev2'),
      ticket(2),
    ]);
  });

  it('breaks a tie (close −0.5, event response 1 ÷ 2) towards the earlier row, emergency close', () => {
    // t4 closed in 70 min and flagged for event response with t5: close −0.5 → 9.5; event
    // response keeps t5 alone → no full group → 20.
    const card = score({
      emergencies: [em(4, 5, 70)],
      eventResponseFailures: [
        { cycle: '2026-11', ref: entry('ev4'), ticket: ticket(4) },
        { cycle: '2026-11', ref: entry('ev5'), ticket: ticket(5) },
      ],
    });
    expect(card.items.map(i => i.score)).toEqual([20, 9.5, 40, 10, 20]);
  });
});
