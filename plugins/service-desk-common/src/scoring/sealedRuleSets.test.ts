import { regulationRuleSet } from './ruleSets';
import { ruleSetFingerprint, sealedRuleSetConflicts } from './sealedRuleSets';
import { RuleSet } from './types';

const rules2026 = regulationRuleSet(2026);
const amendment: RuleSet = {
  ...rules2026,
  version: '2026.2',
  effectiveFrom: '2026-07-01',
  targets: { ...rules2026.targets, answerSeconds: 15 },
};

describe('ruleSetFingerprint', () => {
  it('is JSON with sorted keys, whatever order the config wrote', () => {
    const { targets, year, ...rest } = rules2026;
    const reordered = { targets, ...rest, year } as RuleSet;
    expect(ruleSetFingerprint(reordered)).toBe(ruleSetFingerprint(rules2026));
    const text = ruleSetFingerprint(rules2026);
    expect(text.startsWith('{"customerService":{"answerRate":{"max":10,')).toBe(
      true,
    );
    expect(JSON.parse(text).targets.answerSeconds).toBe(20);
  });

  it('writes the defaults out, so spelling them is no change', () => {
    const spelt: RuleSet = {
      ...rules2026,
      version: '2026',
      effectiveFrom: '2026-01-01',
    };
    const { dispatchCountsAsNotification: _d, ...options } = rules2026.options;
    expect(ruleSetFingerprint(spelt)).toBe(ruleSetFingerprint(rules2026));
    expect(ruleSetFingerprint({ ...rules2026, options })).toBe(
      ruleSetFingerprint(rules2026),
    );
  });

  it.each<[string, RuleSet]>([
    [
      'a target',
      { ...rules2026, targets: { ...rules2026.targets, answerSeconds: 25 } },
    ],
    ['the first day', { ...rules2026, effectiveFrom: '2026-02-01' }],
    [
      'an option',
      { ...rules2026, options: { groupedDeduction: 'beyondTarget' } },
    ],
  ])('changes with %s', (_name, changed) => {
    expect(ruleSetFingerprint(changed)).not.toBe(ruleSetFingerprint(rules2026));
  });
});

describe('sealedRuleSetConflicts', () => {
  const configured = [regulationRuleSet(2025), rules2026, amendment];
  const sealed = [
    { version: '2026', fingerprint: ruleSetFingerprint(rules2026) },
    { version: '2026.2', fingerprint: ruleSetFingerprint(amendment) },
  ];

  it('has nothing to say while every sealed version is configured as it was', () => {
    expect(sealedRuleSetConflicts(configured, sealed)).toEqual([]);
    // A new version beside them is the way to change the rules.
    const next = {
      ...amendment,
      version: '2026.3',
      effectiveFrom: '2026-10-01',
    };
    expect(sealedRuleSetConflicts([...configured, next], sealed)).toEqual([]);
  });

  it('names the config path and each rule that moved', () => {
    const edited = {
      ...amendment,
      targets: { ...amendment.targets, answerSeconds: 10 },
      effectiveFrom: '2026-08-01',
    };
    expect(
      sealedRuleSetConflicts(
        [regulationRuleSet(2025), rules2026, edited],
        sealed,
      ),
    ).toEqual([
      'serviceDesk.ruleSets[2] (version 2026.2) is not the rule set a sealed report was scored with (effectiveFrom: "2026-07-01" when sealed, "2026-08-01" now; targets.answerSeconds: 15 when sealed, 10 now); restore it and add the change as a new version with its own effectiveFrom',
    ]);
  });

  it('names a sealed version that is no longer configured, once', () => {
    expect(
      sealedRuleSetConflicts(
        [regulationRuleSet(2025), rules2026],
        [...sealed, sealed[1]],
      ),
    ).toEqual([
      'version 2026.2 is used by a sealed report but no longer configured; put it back as it was',
    ]);
  });

  it('still refuses a change when the stored fingerprint is not readable', () => {
    expect(
      sealedRuleSetConflicts(configured, [
        { version: '2026', fingerprint: 'x' },
      ]),
    ).toEqual([
      'serviceDesk.ruleSets[1] (version 2026) is not the rule set a sealed report was scored with; restore it and add the change as a new version with its own effectiveFrom',
    ]);
  });
});
