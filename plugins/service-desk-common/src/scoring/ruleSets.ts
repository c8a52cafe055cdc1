import { DateTime } from 'luxon';
import { z } from 'zod';
import { RuleSet } from './types';

/**
 * The regulation's own rules (TFDL-ITSS-1101 §7, SPEC §5 and §7), the default rule set of a year.
 * Where the document contradicts itself the SPEC's default is taken: cycles start on the 21st
 * (§7.1, not §7.3's 19th), the knowledge base is worth 10 (its row, not its text's 5), and
 * grouped items deduct per full group ('fullGroups').
 */
export function regulationRuleSet(year: number): RuleSet {
  return {
    year,
    cycleStartDay: 21,
    targets: {
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
    operational: {
      emergencyResponse: { max: 20, perOccurrence: 2 },
      emergencyClose: { max: 10, perOccurrence: 0.5 },
      permitFailures: { max: 40, perOccurrence: 5 },
      reportFailures: { max: 10, perGroup: 1, groupSize: 3 },
      eventResponseFailures: { max: 20, perGroup: 1, groupSize: 2 },
    },
    customerService: {
      answerRate: { max: 10, threshold: 0.99, perPoint: 1 },
      resolutionRate: { max: 10, threshold: 0.99, perPoint: 1, perMonth: true },
      satisfaction: { max: 20, perOccurrence: 5 },
      specialWork: { max: 10, onTimePoor: 2, lateOrBadImpact: 3 },
      knowledgeBase: { max: 10, lateOrMediocre: 2, missingOrPoor: 3 },
      securityChecks: { max: 10, perOccurrence: 5 },
      opsSecurity: {
        noNdaPerPerson: 5,
        classifiedEmail: 10,
        illegalOutbound: 10,
        level8Event: 50,
        level7OrWorse: 100,
      },
      bonus: { max: 20, perItem: 5 },
    },
    options: {
      groupedDeduction: 'fullGroups',
      dispatchCountsAsNotification: false,
    },
  };
}

/** A version's name: `version`, else its year ('2026'). */
export function ruleSetVersion(set: RuleSet): string {
  return set.version ?? String(set.year);
}

/** The first day (yyyy-MM-dd, desk's zone) a version is in force: `effectiveFrom`, else 1 January. */
export function ruleSetEffectiveFrom(set: RuleSet): string {
  return set.effectiveFrom ?? `${set.year}-01-01`;
}

/** Oldest first; yyyy-MM-dd sorts as text. */
function byEffectiveFrom(sets: readonly RuleSet[]): RuleSet[] {
  return [...sets].sort((a, b) =>
    ruleSetEffectiveFrom(a).localeCompare(ruleSetEffectiveFrom(b)),
  );
}

/**
 * The rules a year is laid out by (SPEC §7.4): that year's first version, else the latest version
 * of an earlier year (rules stay until replaced), so last year's scorecards keep last year's rules.
 * Its `cycleStartDay` draws the year's cycles; which version scores a period is `ruleSetInForce`.
 */
export function ruleSetFor(year: number, sets: readonly RuleSet[]): RuleSet {
  const ordered = byEffectiveFrom(sets);
  const own = ordered.find(set => set.year === year);
  if (own) return own;
  const earlier = ordered.filter(set => set.year < year);
  if (earlier.length) return earlier[earlier.length - 1];
  if (!sets.length)
    throw new RangeError(
      `No rule set for ${year}: no rule sets are configured`,
    );
  const first = Math.min(...sets.map(set => set.year));
  throw new RangeError(
    `No rule set for ${year}: the earliest rule set is for ${first}, and rules never apply to years before their own`,
  );
}

/**
 * The version in force on a day (yyyy-MM-dd in the desk's zone): the one with the latest
 * `effectiveFrom` on or before it. A period is scored by the version in force on its last day.
 */
export function ruleSetInForce(day: string, sets: readonly RuleSet[]): RuleSet {
  const ordered = byEffectiveFrom(sets);
  const inForce = ordered.filter(set => ruleSetEffectiveFrom(set) <= day);
  if (inForce.length) return inForce[inForce.length - 1];
  if (!sets.length)
    throw new RangeError(
      `No rule set in force on ${day}: no rule sets are configured`,
    );
  throw new RangeError(
    `No rule set in force on ${day}: the earliest rule set takes effect on ${ruleSetEffectiveFrom(
      ordered[0],
    )}, and rules never apply before their own`,
  );
}

/** The version in force at an instant, its day read in the desk's zone (SLA clocks, today). */
export function ruleSetAt(
  instant: Date,
  timeZone: string,
  sets: readonly RuleSet[],
): RuleSet {
  const day = DateTime.fromJSDate(instant, { zone: timeZone }).toISODate();
  return ruleSetInForce(day!, sets);
}

const points = z.number().min(0).max(1000);
const max = z.number().min(0).max(1000);
const count = z.number().int().min(0);
const minutes = z.number().positive().max(100_000);
/** A ratio of at most four decimals (99.99 %), so that rates compare exactly in integers. */
const ratio = z
  .number()
  .min(0)
  .max(1)
  .refine(r => Math.abs(r * 10_000 - Math.round(r * 10_000)) < 1e-6, {
    message: 'must have at most four decimals (e.g. 0.99 or 0.9875)',
  });
/** A calendar day; YAML leaves an unquoted 2026-07-01 a string under Backstage's loader. */
const day = z
  .string({ error: 'must be a day written yyyy-MM-dd' })
  .refine(
    d =>
      /^\d{4}-\d{2}-\d{2}$/.test(d) &&
      DateTime.fromISO(d, { zone: 'UTC' }).isValid,
    { message: 'must be a real day written yyyy-MM-dd (e.g. 2026-07-01)' },
  );
const perOccurrence = z.object({ max, perOccurrence: points }).strict();
const grouped = z
  .object({ max, perGroup: points, groupSize: z.number().int().min(1) })
  .strict();
const rate = { max, threshold: ratio, perPoint: points };

export const ruleSetSchema: z.ZodType<RuleSet> = z
  .object({
    year: z.number().int().min(1970).max(9999),
    // YAML reads an unquoted 2026.2 as a number (and 2026.10 as 2026.1), hence the hint.
    version: z
      .string({ error: "must be text; quote it in YAML ('2026.2')" })
      .trim()
      .min(1)
      .max(40)
      .optional(),
    effectiveFrom: day.optional(),
    cycleStartDay: z.number().int().min(2).max(28),
    targets: z
      .object({
        answerSeconds: z.number().positive().max(3600),
        phoneAnswerRate: ratio,
        timelyHandlingMinutes: minutes,
        timelyProcessingRate: ratio,
        satisfactionRate: ratio,
        emergencyResponseMinutes: minutes,
        emergencyCloseMinutes: minutes,
        permitFailures: count,
        reportFailuresPerCycle: count,
        eventResponseFailuresPerCycle: count,
        qualificationRate: ratio,
        dispatchSuccessRate: ratio,
        callbackRate: ratio,
      })
      .strict(),
    operational: z
      .object({
        emergencyResponse: perOccurrence,
        emergencyClose: perOccurrence,
        permitFailures: perOccurrence,
        reportFailures: grouped,
        eventResponseFailures: grouped,
      })
      .strict(),
    customerService: z
      .object({
        answerRate: z.object(rate).strict(),
        resolutionRate: z.object({ ...rate, perMonth: z.boolean() }).strict(),
        satisfaction: perOccurrence,
        specialWork: z
          .object({ max, onTimePoor: points, lateOrBadImpact: points })
          .strict(),
        knowledgeBase: z
          .object({ max, lateOrMediocre: points, missingOrPoor: points })
          .strict(),
        securityChecks: perOccurrence,
        opsSecurity: z
          .object({
            noNdaPerPerson: points,
            classifiedEmail: points,
            illegalOutbound: points,
            level8Event: points,
            level7OrWorse: points,
          })
          .strict(),
        bonus: z.object({ max, perItem: points }).strict(),
      })
      .strict(),
    options: z
      .object({
        groupedDeduction: z.enum(['fullGroups', 'beyondTarget']),
        dispatchCountsAsNotification: z.boolean().optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((set, ctx) => {
    // A version belongs to its year, so that a year's first version is the one it starts with.
    if (set.effectiveFrom && !set.effectiveFrom.startsWith(`${set.year}-`))
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveFrom'],
        message: `${set.effectiveFrom} is not in ${set.year}, the year of this rule set`,
      });
  });

/** A rule set that failed validation; `issues` name each offending path. */
export class InvalidRuleSetError extends Error {
  constructor(
    message: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'InvalidRuleSetError';
  }
}

function issuesOf(error: z.ZodError, prefix: string) {
  return error.issues.map(issue => ({
    path:
      [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Checks a rule set read from config (YAML); the error names every offending path. */
export function validateRuleSet(input: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(input);
  if (result.success) return result.data;
  const year = (input as { year?: unknown } | null)?.year;
  const issues = issuesOf(result.error, '');
  throw new InvalidRuleSetError(
    `Invalid rule set${typeof year === 'number' ? ` for ${year}` : ''}: ${issues
      .map(i => `${i.path}: ${i.message}`)
      .join('; ')}`,
    issues,
  );
}

/**
 * Checks every configured rule set and how its versions fit together: each version has its own
 * name and its own first day, and an amendment keeps its year's cycles (`ruleSetFor` lays a year
 * out by its first version, so a different `cycleStartDay` there would silently not apply).
 */
export function validateRuleSets(input: unknown): RuleSet[] {
  if (!Array.isArray(input)) {
    throw new InvalidRuleSetError(
      'Invalid rule sets: expected a list of rule sets',
      [{ path: '(root)', message: 'expected a list' }],
    );
  }
  const valid: Array<{ set: RuleSet; at: string }> = [];
  const issues: Array<{ path: string; message: string }> = [];
  input.forEach((item, i) => {
    const result = ruleSetSchema.safeParse(item);
    if (result.success) valid.push({ set: result.data, at: `[${i}]` });
    else issues.push(...issuesOf(result.error, `[${i}]`));
  });
  valid.forEach(({ set, at }, n) => {
    const earlier = valid.slice(0, n);
    const version = ruleSetVersion(set);
    const from = ruleSetEffectiveFrom(set);
    const named = earlier.find(e => ruleSetVersion(e.set) === version);
    if (named)
      issues.push({
        path: `${at}.version`,
        message: `version '${version}' is already ${named.at}'s${
          set.version ? '' : ' (a version defaults to its year)'
        }; give an amendment its own version`,
      });
    const sameDay = earlier.find(e => ruleSetEffectiveFrom(e.set) === from);
    if (sameDay)
      issues.push({
        path: `${at}.effectiveFrom`,
        message: `${sameDay.at} also takes effect on ${from}${
          set.effectiveFrom ? '' : ' (the default, 1 January)'
        }; the version in force would be ambiguous`,
      });
  });
  valid.forEach(({ set, at }) => {
    const first = ruleSetFor(
      set.year,
      valid.map(v => v.set),
    );
    if (first.cycleStartDay !== set.cycleStartDay)
      issues.push({
        path: `${at}.cycleStartDay`,
        message: `${set.cycleStartDay}, but ${
          set.year
        }'s cycles are drawn by its first version (${
          valid.find(v => v.set === first)?.at
        }, day ${first.cycleStartDay}); an amendment cannot move them`,
      });
  });
  if (issues.length) {
    throw new InvalidRuleSetError(
      `Invalid rule sets: ${issues
        .map(i => `${i.path}: ${i.message}`)
        .join('; ')}`,
      issues,
    );
  }
  return valid.map(v => v.set);
}
