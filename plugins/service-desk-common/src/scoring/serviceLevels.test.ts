import { regulationRuleSet } from './ruleSets';
import { KpiFacts, SlaFacts, kpiTable, slaTable } from './serviceLevels';
import { entry, ticket } from './testRefs';

const rules = regulationRuleSet(2026);
const base: SlaFacts = {
  calls: { answered: 0, inTime: 0 },
  tickets: { closed: 0, timely: 0 },
  ratings: { rated: 0, notUnsatisfied: 0 },
  dispatches: { dispatched: 0, qualified: 0 },
  emergencies: [],
  permitFailures: [],
  reportFailures: [],
  eventResponseFailures: [],
};
const row = (facts: Partial<SlaFacts>, id: string) =>
  slaTable({ ...base, ...facts }, rules).find(r => r.id === id)!;

describe('slaTable (SPEC §7.3 / regulation §7.1)', () => {
  it('lists every measure of SPEC §5 in order', () => {
    expect(slaTable(base, rules).map(r => r.id)).toEqual([
      'phoneAnswerRate',
      'timelyProcessingRate',
      'satisfactionRate',
      'emergencyResponse',
      'emergencyClose',
      'permitFailures',
      'reportFailures',
      'eventResponseFailures',
      'qualificationRate',
    ]);
  });

  it.each<[string, Partial<SlaFacts>, string, string, number | undefined]>([
    [
      '99 of 100 calls in time: ≥ 99 % met',
      { calls: { answered: 100, inTime: 99 } },
      'phoneAnswerRate',
      'met',
      0.99,
    ],
    [
      '98 of 100 calls: missed',
      { calls: { answered: 100, inTime: 98 } },
      'phoneAnswerRate',
      'missed',
      0.98,
    ],
    ['no calls: no data, not met', {}, 'phoneAnswerRate', 'noData', undefined],
    [
      '989 of 1000 tickets timely: missed',
      { tickets: { closed: 1000, timely: 989 } },
      'timelyProcessingRate',
      'missed',
      0.989,
    ],
    [
      '198 of 200 ratings not unsatisfied: 99 % met',
      { ratings: { rated: 200, notUnsatisfied: 198 } },
      'satisfactionRate',
      'met',
      0.99,
    ],
    [
      '100 of 100 dispatches qualified: 100 % met',
      { dispatches: { dispatched: 100, qualified: 100 } },
      'qualificationRate',
      'met',
      1,
    ],
    [
      '99 of 100 qualified: 100 % missed',
      { dispatches: { dispatched: 100, qualified: 99 } },
      'qualificationRate',
      'missed',
      0.99,
    ],
    [
      'responses 10, 15: longest 15 ≤ 15 met',
      {
        emergencies: [
          { ticket: ticket(1), responseMinutes: 10, closeMinutes: 5 },
          { ticket: ticket(2), responseMinutes: 15, closeMinutes: 5 },
        ],
      },
      'emergencyResponse',
      'met',
      15,
    ],
    [
      'close 61: missed',
      {
        emergencies: [
          { ticket: ticket(1), responseMinutes: 10, closeMinutes: 61 },
        ],
      },
      'emergencyClose',
      'missed',
      61,
    ],
    ['no emergencies: no data', {}, 'emergencyClose', 'noData', undefined],
    ['no permit failures recorded: 0, met', {}, 'permitFailures', 'met', 0],
    [
      '1 permit failure: missed',
      { permitFailures: [{ ref: entry('p1') }] },
      'permitFailures',
      'missed',
      1,
    ],
    [
      'reports 2 and 3 per cycle: worst 3 ≤ 3 met',
      {
        reportFailures: [...Array(2)]
          .map((_, i) => ({ cycle: '2026-10', ref: entry(`a${i}`) }))
          .concat(
            [...Array(3)].map((_, i) => ({
              cycle: '2026-11',
              ref: entry(`b${i}`),
            })),
          ),
      },
      'reportFailures',
      'met',
      3,
    ],
    [
      'event response 3 in a cycle: missed',
      {
        eventResponseFailures: [...Array(3)].map((_, i) => ({
          cycle: '2026-11',
          ref: entry(`e${i}`),
        })),
      },
      'eventResponseFailures',
      'missed',
      3,
    ],
  ])('%s', (_name, facts, id, status, measured) => {
    const r = row(facts, id);
    expect(r.status).toBe(status);
    expect(r.measured).toBe(measured);
  });

  it('names the emergencies and cycles that missed', () => {
    const late = row(
      {
        emergencies: [10, 15, 16].map(n => ({
          ticket: ticket(n),
          responseMinutes: n,
          closeMinutes: 5,
        })),
      },
      'emergencyResponse',
    );
    expect(late).toMatchObject({
      counts: { hit: 2, of: 3 },
      evidence: [ticket(16)],
      target: { comparison: 'atMost', value: 15, unit: 'minutes' },
    });

    const reports = row(
      {
        reportFailures: [
          { cycle: '2026-10', ref: entry('a') },
          ...[1, 2, 3, 4].map(i => ({ cycle: '2026-11', ref: entry(`b${i}`) })),
        ],
      },
      'reportFailures',
    );
    expect(reports.cycles).toEqual([
      { cycle: '2026-10', count: 1, status: 'met' },
      { cycle: '2026-11', count: 4, status: 'missed' },
    ]);
    expect(reports.evidence.map(e => e.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
  });
});

describe('kpiTable (regulation §9)', () => {
  const facts: KpiFacts = {
    dispatches: [
      { quarter: '2026-Q1', dispatched: 100, successful: 95 },
      { quarter: '2026-Q2', dispatched: 100, successful: 94 },
    ],
    callbacks: [
      { half: '2026-H1', accepted: 50, calledBack: 49 },
      { half: '2026-H2', accepted: 0, calledBack: 0 },
    ],
  };
  it('rates dispatch success per quarter (≥ 95 %) and callbacks per half-year (≥ 98 %)', () => {
    expect(
      kpiTable(facts, rules).map(r => [r.id, r.period, r.status, r.measured]),
    ).toEqual([
      ['dispatchSuccessRate', '2026-Q1', 'met', 0.95],
      ['dispatchSuccessRate', '2026-Q2', 'missed', 0.94],
      ['callbackRate', '2026-H1', 'met', 0.98], // 49 / 50 = 98 %
      ['callbackRate', '2026-H2', 'noData', undefined],
    ]);
  });
  it('refuses a row labelled with the wrong kind of period', () => {
    expect(() =>
      kpiTable(
        {
          dispatches: [{ quarter: '2026-H1', dispatched: 1, successful: 1 }],
          callbacks: [],
        },
        rules,
      ),
    ).toThrow("'2026-H1' is not a quarter label like '2026-Q4'");
  });
});
