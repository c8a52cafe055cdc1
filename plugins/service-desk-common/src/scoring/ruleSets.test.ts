import {
  InvalidRuleSetError,
  regulationRuleSet,
  ruleSetFor,
  ruleSetAt,
  ruleSetInForce,
  ruleSetVersion,
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

  it('checks a configured list, refusing two sets that share a version', () => {
    expect(
      validateRuleSets([regulationRuleSet(2025), regulationRuleSet(2026)]),
    ).toHaveLength(2);
    expect(() =>
      validateRuleSets([regulationRuleSet(2026), regulationRuleSet(2026)]),
    ).toThrow(
      "Invalid rule sets: [1].version: version '2026' is already [0]'s (a version defaults to its year); give an amendment its own version; [1].effectiveFrom: [0] also takes effect on 2026-01-01 (the default, 1 January); the version in force would be ambiguous",
    );
    expect(() =>
      validateRuleSets([
        regulationRuleSet(2025),
        with_(2026, r => (r.year = 1.5)),
      ]),
    ).toThrow(/^Invalid rule sets: \[1\]\.year: /);
    expect(() => validateRuleSets({})).toThrow('expected a list');
  });
});

const amendment = (patch: (r: any) => void = () => {}) =>
  with_(2026, r => {
    r.version = '2026.2';
    r.effectiveFrom = '2026-07-01';
    r.targets.answerSeconds = 15;
    patch(r);
  });

describe('rule-set versions', () => {
  const sets = [regulationRuleSet(2025), amendment(), regulationRuleSet(2026)];

  it('accepts an amendment with its own version and first day, in any order', () => {
    expect(validateRuleSets(sets)).toEqual(sets);
  });

  it.each<[string, string]>([
    ['2025-12-31', '2025'], // the day before the year's own rules
    ['2026-01-01', '2026'], // the year's first version takes effect
    ['2026-06-30', '2026'],
    ['2026-07-01', '2026.2'], // the amendment's first day
    ['2027-03-20', '2026.2'], // and it stays until replaced
  ])('on %s version %s is in force', (day, version) => {
    expect(ruleSetVersion(ruleSetInForce(day, sets))).toBe(version);
  });

  it('reads the day of an instant in the desk zone', () => {
    // 30 June 16:00 UTC is already 1 July in Shanghai, and still 30 June in London.
    const instant = new Date('2026-06-30T16:00:00Z');
    expect(ruleSetVersion(ruleSetAt(instant, 'Asia/Shanghai', sets))).toBe(
      '2026.2',
    );
    expect(ruleSetVersion(ruleSetAt(instant, 'Europe/London', sets))).toBe(
      '2026',
    );
  });

  it('lays a year out by its first version, whatever amends it later', () => {
    expect(ruleSetVersion(ruleSetFor(2026, sets))).toBe('2026');
    expect(ruleSetVersion(ruleSetFor(2027, sets))).toBe('2026.2');
  });

  it('has no rules in force before the first version takes effect', () => {
    expect(() => ruleSetInForce('2024-12-31', sets)).toThrow(
      'No rule set in force on 2024-12-31: the earliest rule set takes effect on 2025-01-01, and rules never apply before their own',
    );
    expect(() => ruleSetInForce('2026-01-01', [])).toThrow(
      'No rule set in force on 2026-01-01: no rule sets are configured',
    );
  });

  it.each<[string, (r: any) => void, string]>([
    [
      'a day that does not exist',
      r => (r.effectiveFrom = '2026-02-30'),
      '[1].effectiveFrom: must be a real day written yyyy-MM-dd',
    ],
    [
      'a day not written yyyy-MM-dd',
      r => (r.effectiveFrom = '1.7.2026'),
      '[1].effectiveFrom: must be a real day written yyyy-MM-dd',
    ],
    [
      'a day outside its year',
      r => (r.effectiveFrom = '2027-01-01'),
      '[1].effectiveFrom: 2027-01-01 is not in 2026, the year of this rule set',
    ],
    [
      'a version YAML read as a number',
      r => (r.version = 2026.2),
      "[1].version: must be text; quote it in YAML ('2026.2')",
    ],
    ['an empty version', r => (r.version = ' '), '[1].version: '],
    [
      'a version already used',
      r => (r.version = '2026'),
      "[1].version: version '2026' is already [0]'s; give an amendment its own version",
    ],
    [
      'a second version on the same day',
      r => (r.effectiveFrom = '2026-01-01'),
      '[1].effectiveFrom: [0] also takes effect on 2026-01-01; the version in force would be ambiguous',
    ],
    [
      'an amendment that moves the cycles',
      r => (r.cycleStartDay = 19),
      "[1].cycleStartDay: 19, but 2026's cycles are drawn by its first version ([0], day 21); an amendment cannot move them",
    ],
  ])('refuses %s, naming the path', (_name, patch, message) => {
    expect(() =>
      validateRuleSets([regulationRuleSet(2026), amendment(patch)]),
    ).toThrow(`Invalid rule sets: ${message}`);
  });
});
