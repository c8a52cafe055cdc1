import { scoreCustomerService } from './customerService';
import { regulationRuleSet } from './ruleSets';
import { NO_CUSTOMER_FACTS, call, entry, ticket } from './testRefs';
import {
  CustomerServiceFacts,
  MonthlyCalls,
  MonthlyTickets,
  RuleSet,
  ScoreItemId,
} from './types';

const rules = regulationRuleSet(2026);
const pooled: RuleSet = {
  ...rules,
  customerService: {
    ...rules.customerService,
    resolutionRate: {
      ...rules.customerService.resolutionRate,
      perMonth: false,
    },
  },
};
const none = NO_CUSTOMER_FACTS;
const calls = (
  month: string,
  inTime: number,
  answered: number,
): MonthlyCalls => ({ month, answered, inTime, late: [call(`late-${month}`)] });
const closed = (
  month: string,
  timely: number,
  all: number,
): MonthlyTickets => ({
  month,
  closed: all,
  timely,
  late: [ticket(Number(month.slice(5)))],
});
const score = (facts: Partial<CustomerServiceFacts>, r: RuleSet = rules) =>
  scoreCustomerService({ ...none, ...facts }, r);
const item = (
  facts: Partial<CustomerServiceFacts>,
  id: ScoreItemId,
  r: RuleSet = rules,
) => score(facts, r).items.find(i => i.id === id)!;

describe('timely answer rate (§7.4 item 1): −1 per full point below 99 %, max 10', () => {
  it.each<[string, MonthlyCalls[], number, string]>([
    [
      '98.0 % → exactly 1 point below → 9',
      [calls('2026-11', 98, 100)],
      9,
      'missed',
    ],
    [
      '97.99 % → 1 full point → 9',
      [calls('2026-11', 9799, 10000)],
      9,
      'missed',
    ],
    [
      '96.99 % → 2 full points → 8',
      [calls('2026-11', 9699, 10000)],
      8,
      'missed',
    ],
    ['99.0 % → 0 → 10', [calls('2026-11', 99, 100)], 10, 'met'],
    [
      '98.5 % → target missed, no full point → 10',
      [calls('2026-11', 985, 1000)],
      10,
      'missed',
    ],
    ['50 % → 49 points → stops at 0', [calls('2026-11', 50, 100)], 0, 'missed'],
    ['no calls → 10, no data', [], 10, 'noData'],
    [
      'months pooled: 100/100 and 96/100 → 196/200 = 98 % → 9',
      [calls('2026-10', 100, 100), calls('2026-11', 96, 100)],
      9,
      'missed',
    ],
  ])('%s', (_name, monthly, expected, status) => {
    expect(item({ calls: monthly }, 'answerRate')).toMatchObject({
      score: expected,
      status,
    });
  });

  it('names the counts and the late calls', () => {
    expect(
      item({ calls: [calls('2026-11', 98, 100)] }, 'answerRate').deductions,
    ).toEqual([
      {
        points: 1,
        reason: {
          code: 'answerRateBelowThreshold',
          params: { hit: 98, of: 100, threshold: 0.99, pointsBelow: 1 },
        },
        evidence: [call('late-2026-11')],
      },
    ]);
  });
});

describe('timely resolution rate (§7.4 item 2): per month, summed, max 10', () => {
  const quarter = [
    closed('2026-10', 98, 100),
    closed('2026-11', 9699, 10000),
    closed('2026-12', 0, 0),
  ];
  it.each<[string, MonthlyTickets[], RuleSet, number, string]>([
    [
      'perMonth: Oct 98 % (−1) + Nov 96.99 % (−2) + Dec no tickets (0) → 10 − 3 = 7',
      quarter,
      rules,
      7,
      'missed',
    ],
    [
      'pooled: 9797 / 10100 = 97.0 % → 2 full points → 8',
      quarter,
      pooled,
      8,
      'missed',
    ],
    [
      'perMonth: three months at 90 % → 9 + 9 + 9 = 27 → stops at 0',
      ['2026-10', '2026-11', '2026-12'].map(m => closed(m, 90, 100)),
      rules,
      0,
      'missed',
    ],
    [
      'perMonth: 99 % and 100 % → 10, met',
      [closed('2026-10', 99, 100), closed('2026-11', 5, 5)],
      rules,
      10,
      'met',
    ],
    [
      'perMonth: no closed tickets at all → 10, no data',
      [closed('2026-11', 0, 0)],
      rules,
      10,
      'noData',
    ],
  ])('%s', (_name, monthly, r, expected, status) => {
    expect(item({ tickets: monthly }, 'resolutionRate', r)).toMatchObject({
      score: expected,
      status,
    });
  });

  it('makes one deduction per month, naming it and its late tickets', () => {
    const scored = item({ tickets: quarter }, 'resolutionRate');
    expect(
      scored.deductions.map(d => [d.reason.params.month, d.points, d.evidence]),
    ).toEqual([
      ['2026-10', 1, [ticket(10)]],
      ['2026-11', 2, [ticket(11)]],
    ]);
  });
});

describe('per-occurrence and graded items', () => {
  const halfKb: RuleSet = {
    ...rules,
    customerService: {
      ...rules.customerService,
      knowledgeBase: { ...rules.customerService.knowledgeBase, max: 5 },
    },
  };
  it.each<
    [string, Partial<CustomerServiceFacts>, ScoreItemId, number, RuleSet?]
  >([
    [
      'satisfaction: 2 unsatisfied callbacks + 1 desk complaint → 20 − 15 = 5',
      {
        satisfaction: [
          { kind: 'unsatisfiedCallback', ref: ticket(1) },
          { kind: 'unsatisfiedCallback', ref: ticket(2) },
          { kind: 'deskComplaint', ref: ticket(3) },
        ],
      },
      'satisfaction',
      5,
    ],
    [
      'satisfaction: 5 cases → 25 → stops at 0',
      {
        satisfaction: [1, 2, 3, 4, 5].map(n => ({
          kind: 'complaintAtCallback' as const,
          ref: ticket(n),
        })),
      },
      'satisfaction',
      0,
    ],
    [
      'special work: good 0, on time poor 2, late 3, on time poor 2 → 10 − 7 = 3',
      {
        specialWork: (
          ['good', 'onTimePoor', 'lateOrBadImpact', 'onTimePoor'] as const
        ).map((grade, i) => ({ grade, ref: entry(`sw${i}`) })),
      },
      'specialWork',
      3,
    ],
    [
      'knowledge base (max 10): late 2 + missing 3 → 5',
      {
        knowledgeBase: [
          { grade: 'lateOrMediocre', ref: entry('kb1') },
          { grade: 'missingOrPoor', ref: entry('kb2') },
          { grade: 'good', ref: entry('kb3') },
        ],
      },
      'knowledgeBase',
      5,
    ],
    [
      "knowledge base at its text's max of 5: the same 5 points → 0",
      {
        knowledgeBase: [
          { grade: 'lateOrMediocre', ref: entry('kb1') },
          { grade: 'missingOrPoor', ref: entry('kb2') },
        ],
      },
      'knowledgeBase',
      0,
      halfKb,
    ],
    [
      'security checks: 1 failure → 10 − 5 = 5',
      { securityChecks: [{ kind: 'fixOverdue', ref: entry('sc1') }] },
      'securityChecks',
      5,
    ],
    [
      'security checks: 3 failures → 15 → 0',
      {
        securityChecks: (
          ['notDone', 'hazardMissed', 'fixOverdue'] as const
        ).map((kind, i) => ({ kind, ref: entry(`sc${i}`) })),
      },
      'securityChecks',
      0,
    ],
  ])('%s', (_name, facts, id, expected, r = rules) => {
    expect(item(facts, id, r).score).toBe(expected);
  });

  it('reports the true maximum: 70, or 65 with a knowledge base worth 5', () => {
    expect(score({})).toMatchObject({
      maximum: 70,
      itemsScore: 70,
      total: 70,
      percentage: 100,
    });
    expect(score({}, halfKb).maximum).toBe(65);
  });

  it('codes each deduction for the UI to translate', () => {
    const card = score({
      satisfaction: [{ kind: 'deskComplaint', ref: ticket(1) }],
      specialWork: [{ grade: 'lateOrBadImpact', ref: entry('sw') }],
      securityChecks: [{ kind: 'hazardMissed', ref: entry('sc') }],
    });
    expect(card.items.flatMap(i => i.deductions.map(d => d.reason))).toEqual([
      { code: 'deskComplaint', params: {} },
      { code: 'specialWorkLateOrBadImpact', params: {} },
      { code: 'securityCheckFailure', params: { kind: 'hazardMissed' } },
    ]);
  });
});

describe('ops security (taken off the total) and bonus (up to 20)', () => {
  it.each<[string, Partial<CustomerServiceFacts>, number, number]>([
    // total = max(0, items 70 + bonus − ops security)
    [
      '2 people without an NDA (−10) and a classified e-mail (−10) → 70 − 20 = 50',
      {
        opsSecurity: [
          { kind: 'noNda', persons: 2, ref: entry('nda') },
          { kind: 'classifiedEmail', ref: entry('mail') },
        ],
      },
      20,
      50,
    ],
    [
      'an illegal outbound connection → 70 − 10 = 60',
      { opsSecurity: [{ kind: 'illegalOutbound', ref: entry('out') }] },
      10,
      60,
    ],
    [
      'a level-8 event → 70 − 50 = 20',
      { opsSecurity: [{ kind: 'level8Event', ref: entry('l8') }] },
      50,
      20,
    ],
    [
      'a level-7 event → 70 − 100 → stops at 0',
      { opsSecurity: [{ kind: 'level7OrWorse', ref: entry('l7') }] },
      100,
      0,
    ],
    [
      'a leak deducts nothing → 70',
      { opsSecurity: [{ kind: 'leak', ref: entry('leak') }] },
      0,
      70,
    ],
  ])('%s', (_name, facts, deducted, total) => {
    const card = score(facts);
    expect(card.opsSecurity!.deducted).toBe(deducted);
    expect(card.total).toBe(total);
    expect(card.itemsScore).toBe(70); // items are untouched; only the total moves
  });

  it('flags a leak for escalation to the ICT department (信通部)', () => {
    const card = score({
      opsSecurity: [
        { kind: 'leak', ref: entry('leak'), ticket: ticket(7) },
        { kind: 'noNda', ref: entry('nda') },
      ],
    });
    expect(card.escalations).toEqual([
      { code: 'leakToIctDepartment', evidence: [entry('leak'), ticket(7)] },
    ]);
    expect(card.opsSecurity!.deductions).toEqual([
      {
        points: 5,
        reason: { code: 'opsNoNda', params: { persons: 1 } },
        evidence: [entry('nda')],
      },
    ]);
  });

  it.each<[string, number, number, number]>([
    ['3 bonus items → +15 → 85 of 70', 3, 15, 85],
    ['5 bonus items → +25 → capped at 20 → 90 of 70', 5, 20, 90],
  ])('%s', (_name, count, bonus, total) => {
    const kinds = [
      'bestPractice',
      'provincialHazardLibrary',
      'innovation',
    ] as const;
    const card = score({
      bonus: Array.from({ length: count }, (_, i) => ({
        kind: kinds[i % 3],
        ref: entry(`b${i}`),
      })),
    });
    expect(card.bonus).toMatchObject({ max: 20, score: bonus });
    expect(card.bonus!.additions).toHaveLength(count);
    expect(card.total).toBe(total);
    expect(card.percentage).toBeCloseTo((total / 70) * 100, 10);
  });

  it('adds the bonus before ops security comes off, and stops the total at 0', () => {
    // 70 + 10 − 50 = 30; 70 + 10 − 100 = −20 → 0.
    const bonus = [
      { kind: 'innovation' as const, ref: entry('b1') },
      { kind: 'bestPractice' as const, ref: entry('b2') },
    ];
    expect(
      score({ bonus, opsSecurity: [{ kind: 'level8Event', ref: entry('l8') }] })
        .total,
    ).toBe(30);
    expect(
      score({
        bonus,
        opsSecurity: [{ kind: 'level7OrWorse', ref: entry('l7') }],
      }).total,
    ).toBe(0);
  });
});

describe('no double deduction across customer-service items (SPEC §7)', () => {
  it('counts a desk complaint that is also late special work once, at −5 under satisfaction', () => {
    // t9: desk complaint (−5) and special work late with bad impact (−3) → satisfaction keeps it.
    const card = score({
      satisfaction: [{ kind: 'deskComplaint', ref: ticket(9) }],
      specialWork: [
        { grade: 'lateOrBadImpact', ref: entry('sw'), ticket: ticket(9) },
      ],
    });
    expect(card.items.map(i => i.score)).toEqual([10, 10, 15, 10, 10, 10]);
    expect(card.items[3].excluded).toEqual([
      { evidence: ticket(9), countedIn: 'satisfaction' },
    ]);
  });

  it('lets ops security (−50) keep a ticket that is also an unsatisfied callback (−5)', () => {
    // Items 70 (satisfaction left whole), ops −50 → 20.
    const card = score({
      satisfaction: [{ kind: 'unsatisfiedCallback', ref: ticket(3) }],
      opsSecurity: [
        { kind: 'level8Event', ref: entry('l8'), ticket: ticket(3) },
      ],
    });
    expect(card.items[2]).toMatchObject({
      score: 20,
      excluded: [{ evidence: ticket(3), countedIn: 'opsSecurity' }],
    });
    expect(card.total).toBe(20);
  });

  it('leaves rate items out of the rule: a late ticket with a complaint still counts in both', () => {
    // Nov: 98 of 100 timely (−1), t11 among the late ones and also a desk complaint (−5).
    const card = score({
      tickets: [closed('2026-11', 98, 100)],
      satisfaction: [{ kind: 'deskComplaint', ref: ticket(11) }],
    });
    expect(card.items.map(i => i.score)).toEqual([10, 9, 15, 10, 10, 10]);
  });
});
