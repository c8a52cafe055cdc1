import {
  InvalidRuleSetError,
  regulationRuleSet,
  ruleSetFor,
  validateRuleSet,
  validateRuleSets,
} from './ruleSets';
import { RuleSet } from './types';

const with_ = (year: number, patch: (r: any) => void): RuleSet => {
  const rules: any = regulationRuleSet(year);
  patch(rules);
  return rules;
};

describe('regulationRuleSet: SPEC §5 and §7 to the letter', () => {
  const rules = regulationRuleSet(2026);
  it.each<[string, unknown]>([
    ['year', 2026],
    ['cycleStartDay', 21],
    ['operational.emergencyResponse', { max: 20, perOccurrence: 2 }],
    ['operational.emergencyClose', { max: 10, perOccurrence: 0.5 }],
    ['operational.permitFailures', { max: 40, perOccurrence: 5 }],
    ['operational.reportFailures', { max: 10, perGroup: 1, groupSize: 3 }],
    [
      'operational.eventResponseFailures',
      { max: 20, perGroup: 1, groupSize: 2 },
    ],
    ['customerService.answerRate', { max: 10, threshold: 0.99, perPoint: 1 }],
    [
      'customerService.resolutionRate',
      { max: 10, threshold: 0.99, perPoint: 1, perMonth: true },
    ],
    ['customerService.satisfaction', { max: 20, perOccurrence: 5 }],
    [
      'customerService.specialWork',
      { max: 10, onTimePoor: 2, lateOrBadImpact: 3 },
    ],
    [
      'customerService.knowledgeBase',
      { max: 10, lateOrMediocre: 2, missingOrPoor: 3 },
    ],
    ['customerService.securityChecks', { max: 10, perOccurrence: 5 }],
    [
      'customerService.opsSecurity',
      {
        noNdaPerPerson: 5,
        classifiedEmail: 10,
        illegalOutbound: 10,
        level8Event: 50,
        level7OrWorse: 100,
      },
    ],
    ['customerService.bonus', { max: 20, perItem: 5 }],
    [
      'targets',
      {
        answerSeconds: 20,
        phoneAnswerRate: 0.99,
        timelyHandlingMinutes: 60,
        timelyProcessingRate: 0.99,
        satisfactionRate: 0.99,
        emergencyResponseMinutes: 15,
        emergencyCloseMinutes: 60,
        permitFailures: 0,
        reportFailuresPerCycle: 3,
        eventResponseFailuresPerCycle: 2,
        qualificationRate: 1,
        dispatchSuccessRate: 0.95,
        callbackRate: 0.98,
      },
    ],
    [
      'options',
      { groupedDeduction: 'fullGroups', dispatchCountsAsNotification: false },
    ],
  ])('%s', (path, expected) => {
    expect(path.split('.').reduce((o: any, k) => o[k], rules)).toEqual(
      expected,
    );
  });

  it('adds up to 100 operational points and 70 customer-service points', () => {
    const sum = (o: Record<string, { max: number }>) =>
      Object.values(o).reduce((n, i) => n + i.max, 0);
    expect(sum(rules.operational)).toBe(100);
    const {
      opsSecurity: _ops,
      bonus: _bonus,
      ...scored
    } = rules.customerService;
    expect(sum(scored)).toBe(70);
  });

  it('passes its own validation', () => {
    expect(validateRuleSet(rules)).toEqual(rules);
  });
});

describe('ruleSetFor (SPEC §7.4)', () => {
  const sets = [
    regulationRuleSet(2026),
    with_(2024, r => (r.cycleStartDay = 19)),
  ];
  it.each<[number, number]>([
    [2024, 2024], // its own set
    [2025, 2024], // the latest earlier set carries on
    [2026, 2026],
    [2030, 2026],
  ])('%d uses the rules of %d', (year, expected) => {
    expect(ruleSetFor(year, sets).year).toBe(expected);
  });

  it('has no rules for a year before every set', () => {
    expect(() => ruleSetFor(2023, sets)).toThrow(
      'No rule set for 2023: the earliest rule set is for 2024, and rules never apply to years before their own',
    );
    expect(() => ruleSetFor(2026, [])).toThrow(
      'No rule set for 2026: no rule sets are configured',
    );
  });
});

describe('validateRuleSet names the offending path', () => {
  it.each<[string, (r: any) => void, string]>([
    [
      'a threshold above 1',
      r => (r.customerService.answerRate.threshold = 1.5),
      'customerService.answerRate.threshold',
    ],
    [
      'a threshold with five decimals',
      r => (r.customerService.resolutionRate.threshold = 0.99995),
      'customerService.resolutionRate.threshold: must have at most four decimals',
    ],
    [
      'an empty group',
      r => (r.operational.reportFailures.groupSize = 0),
      'operational.reportFailures.groupSize',
    ],
    [
      'a cycle day some months lack',
      r => (r.cycleStartDay = 31),
      'cycleStartDay',
    ],
    [
      'an unknown option',
      r => (r.options.groupedDeduction = 'sometimes'),
      'options.groupedDeduction',
    ],
    [
      'a negative deduction',
      r => (r.operational.emergencyClose.perOccurrence = -0.5),
      'operational.emergencyClose.perOccurrence',
    ],
    [
      'a missing item',
      r => delete r.customerService.bonus,
      'customerService.bonus',
    ],
    [
      'a misspelt key',
      r => (r.targets.answerSecs = 20),
      'targets: Unrecognized key',
    ],
    [
      'a string from YAML',
      r => (r.targets.emergencyResponseMinutes = '15'),
      'targets.emergencyResponseMinutes',
    ],
  ])('%s', (_name, patch, path) => {
    expect(() => validateRuleSet(with_(2026, patch))).toThrow(
      `Invalid rule set for 2026: ${path}`,
    );
  });

  it('lists every issue with its path', () => {
    let error: unknown;
    try {
      validateRuleSet(
        with_(2026, r => {
          r.cycleStartDay = 0;
          r.customerService.bonus.max = -1;
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRuleSetError);
    expect((error as InvalidRuleSetError).issues.map(i => i.path)).toEqual([
      'cycleStartDay',
      'customerService.bonus.max',
    ]);
  });

  it('refuses something that is not a rule set', () => {
    expect(() => validateRuleSet(null)).toThrow(
      /^Invalid rule set: \(root\): /,
    );
  });

  it('checks a configured list, refusing two sets for one year', () => {
    expect(
      validateRuleSets([regulationRuleSet(2025), regulationRuleSet(2026)]),
    ).toHaveLength(2);
    expect(() =>
      validateRuleSets([regulationRuleSet(2026), regulationRuleSet(2026)]),
    ).toThrow('Invalid rule sets: [1].year: a second rule set for 2026');
    expect(() =>
      validateRuleSets([
        regulationRuleSet(2025),
        with_(2026, r => (r.year = 1.5)),
      ]),
    ).toThrow(/^Invalid rule sets: \[1\]\.year: /);
    expect(() => validateRuleSets({})).toThrow('expected a list');
  });
});
