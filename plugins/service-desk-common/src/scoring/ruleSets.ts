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

/**
 * The rules that apply to a year (SPEC §7.4): that year's set, else the latest set of an earlier
 * year (rules stay until replaced), so last year's scorecards keep last year's rules.
 */
export function ruleSetFor(year: number, sets: readonly RuleSet[]): RuleSet {
  const earlier = sets
    .filter(set => set.year <= year)
    .sort((a, b) => b.year - a.year);
  if (earlier.length) return earlier[0];
  if (!sets.length)
    throw new RangeError(
      `No rule set for ${year}: no rule sets are configured`,
    );
  const first = Math.min(...sets.map(set => set.year));
  throw new RangeError(
    `No rule set for ${year}: the earliest rule set is for ${first}, and rules never apply to years before their own`,
  );
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
const perOccurrence = z.object({ max, perOccurrence: points }).strict();
const grouped = z
  .object({ max, perGroup: points, groupSize: z.number().int().min(1) })
  .strict();
const rate = { max, threshold: ratio, perPoint: points };

export const ruleSetSchema: z.ZodType<RuleSet> = z
  .object({
    year: z.number().int().min(1970).max(9999),
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
  .strict();

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

/** Checks every configured rule set; two sets for one year are refused. */
export function validateRuleSets(input: unknown): RuleSet[] {
  if (!Array.isArray(input)) {
    throw new InvalidRuleSetError(
      'Invalid rule sets: expected a list of rule sets',
      [{ path: '(root)', message: 'expected a list' }],
    );
  }
  const sets: RuleSet[] = [];
  const issues: Array<{ path: string; message: string }> = [];
  input.forEach((item, i) => {
    const result = ruleSetSchema.safeParse(item);
    if (!result.success) issues.push(...issuesOf(result.error, `[${i}]`));
    else if (sets.some(set => set.year === result.data.year)) {
      issues.push({
        path: `[${i}].year`,
        message: `a second rule set for ${result.data.year}`,
      });
    } else sets.push(result.data);
  });
  if (issues.length) {
    throw new InvalidRuleSetError(
      `Invalid rule sets: ${issues
        .map(i => `${i.path}: ${i.message}`)
        .join('; ')}`,
      issues,
    );
  }
  return sets;
}
