import { ruleSetEffectiveFrom, ruleSetVersion } from './ruleSets';
import { RuleSet } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortedKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(key => [key, sortedKeys(value[key])]),
  );
}

/**
 * What a sealed report's rules were, as text that compares equal exactly when the rules score
 * alike: JSON with sorted keys and the defaults written out, so that spelling out `version: '2026'`
 * or `dispatchCountsAsNotification: false` is no change. Plain text rather than a hash: it runs in
 * the browser as well, and a conflict can then say which rule moved.
 */
export function ruleSetFingerprint(rules: RuleSet): string {
  const written: RuleSet = {
    ...rules,
    version: ruleSetVersion(rules),
    effectiveFrom: ruleSetEffectiveFrom(rules),
    options: {
      ...rules.options,
      dispatchCountsAsNotification:
        rules.options.dispatchCountsAsNotification ?? false,
    },
  };
  return JSON.stringify(sortedKeys(JSON.parse(JSON.stringify(written))));
}

/** The leaf paths ('targets.answerSeconds') where two JSON values differ. */
function differences(sealed: Json, now: Json, path: string): string[] {
  const isObject = (v: Json): v is { [key: string]: Json } =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(sealed) && isObject(now)) {
    const keys = [...new Set([...Object.keys(sealed), ...Object.keys(now)])];
    return keys
      .sort()
      .flatMap(key =>
        differences(
          sealed[key] ?? null,
          now[key] ?? null,
          path ? `${path}.${key}` : key,
        ),
      );
  }
  if (JSON.stringify(sealed) === JSON.stringify(now)) return [];
  return [
    `${path}: ${JSON.stringify(sealed)} when sealed, ${JSON.stringify(
      now,
    )} now`,
  ];
}

function parsed(fingerprint: string): Json | undefined {
  try {
    return JSON.parse(fingerprint);
  } catch {
    return undefined;
  }
}

/**
 * Why the configured rule sets may not be used (start-up refuses them): each version a sealed
 * report was scored with must still be configured exactly as it was, or the report's figures
 * would no longer follow from its rules. The fix is a new version, never an edit.
 */
export function sealedRuleSetConflicts(
  configured: readonly RuleSet[],
  sealed: ReadonlyArray<{ version: string; fingerprint: string }>,
): string[] {
  const seen = new Set<string>();
  return sealed.flatMap(({ version, fingerprint }) => {
    const once = JSON.stringify([version, fingerprint]);
    if (seen.has(once)) return [];
    seen.add(once);
    const at = configured.findIndex(set => ruleSetVersion(set) === version);
    if (at < 0)
      return [
        `version ${version} is used by a sealed report but no longer configured; put it back as it was`,
      ];
    const now = ruleSetFingerprint(configured[at]);
    if (now === fingerprint) return [];
    const then = parsed(fingerprint);
    const moved =
      then === undefined ? [] : differences(then, parsed(now) ?? null, '');
    return [
      `serviceDesk.ruleSets[${at}] (version ${version}) is not the rule set a sealed report was scored with${
        moved.length ? ` (${moved.join('; ')})` : ''
      }; restore it and add the change as a new version with its own effectiveFrom`,
    ];
  });
}
