import {
  TicketClaim,
  keepOwn,
  ticketOf,
  ticketOwners,
} from './noDoubleDeduction';
import {
  combinedStatus,
  evidenceOf,
  fullPointsBelow,
  rateStatus,
  roundPoints,
  scoreItem,
  sumPoints,
} from './points';
import {
  CUSTOMER_SERVICE_ITEMS,
  CustomerServiceFacts,
  EntryFact,
  Escalation,
  EvidenceRef,
  OpsSecurityKind,
  ReasonCode,
  RuleSet,
  ScoreItemId,
  ScoreLine,
  Scorecard,
} from './types';

type Rules = RuleSet['customerService'];

/**
 * The customer-service scorecard (SPEC §7.2, regulation §7.4). Its items add up to 70 (65 with a
 * knowledge base worth 5) though the regulation calls the total 100: the total is reported out
 * of that true maximum and as a percentage, no points are invented. Ops security comes off the
 * total and the bonus onto it, and the total stops at 0: max(0, items + bonus − ops security).
 */
export function scoreCustomerService(
  facts: CustomerServiceFacts,
  rules: RuleSet,
): Scorecard {
  const cs = rules.customerService;
  const owned = ownedFacts(claimableFacts(facts, cs));
  const items = [
    answerRateItem(facts, cs),
    resolutionRateItem(facts, cs),
    ...entryItems(owned, cs),
  ];
  const opsSecurity = opsSecurityOf(owned.opsSecurity);
  const bonus = bonusOf(facts, cs);
  const maximum = roundPoints(items.reduce((sum, item) => sum + item.max, 0));
  const itemsScore = sumPoints(items.map(item => ({ points: item.score })));
  const total = Math.max(
    0,
    roundPoints(itemsScore + bonus.score - opsSecurity.deducted),
  );
  return {
    items,
    maximum,
    itemsScore,
    opsSecurity,
    bonus,
    total,
    percentage: maximum ? (total / maximum) * 100 : 0,
    escalations: leakEscalations(facts),
  };
}

type Weighted<T> = Array<{ f: T; w: number }>;

/** Each fact with what it deducts; facts that deduct nothing (a good grade, a leak) drop out. */
function weighted<T extends EntryFact>(
  list: T[],
  weight: (f: T) => number,
): Weighted<T> {
  return list.map(f => ({ f, w: weight(f) })).filter(({ w }) => w > 0);
}

function claimableFacts(facts: CustomerServiceFacts, cs: Rules) {
  return {
    satisfaction: weighted(
      facts.satisfaction,
      () => cs.satisfaction.perOccurrence,
    ),
    specialWork: weighted(facts.specialWork, f =>
      f.grade === 'good' ? 0 : cs.specialWork[f.grade],
    ),
    knowledgeBase: weighted(facts.knowledgeBase, f =>
      f.grade === 'good' ? 0 : cs.knowledgeBase[f.grade],
    ),
    securityChecks: weighted(
      facts.securityChecks,
      () => cs.securityChecks.perOccurrence,
    ),
    opsSecurity: weighted(facts.opsSecurity, f =>
      opsPoints(cs, f.kind, f.persons),
    ),
  };
}

type Claimable = ReturnType<typeof claimableFacts>;
type Owned = ReturnType<typeof ownedFacts>;

/** A ticket deducts under one item only: each item keeps the facts whose ticket it owns. */
function ownedFacts(claimable: Claimable) {
  const claims: TicketClaim[] = [];
  for (const [itemId, list] of Object.entries(claimable) as Array<
    [ScoreItemId, Weighted<EntryFact>]
  >) {
    for (const { f, w } of list) {
      const ticket = ticketOf(f);
      if (ticket) claims.push({ itemId, ticket, weight: w });
    }
  }
  const owners = ticketOwners(claims, [
    ...CUSTOMER_SERVICE_ITEMS,
    'opsSecurity',
  ]);
  const own = <T extends EntryFact>(itemId: ScoreItemId, list: Weighted<T>) =>
    keepOwn(itemId, list, x => ticketOf(x.f), owners);
  return {
    satisfaction: own('satisfaction', claimable.satisfaction),
    specialWork: own('specialWork', claimable.specialWork),
    knowledgeBase: own('knowledgeBase', claimable.knowledgeBase),
    securityChecks: own('securityChecks', claimable.securityChecks),
    opsSecurity: own('opsSecurity', claimable.opsSecurity),
  };
}

function entryLine(
  points: number,
  code: ReasonCode,
  f: EntryFact,
  params: ScoreLine['reason']['params'] = {},
): ScoreLine {
  return {
    points,
    reason: { code, params },
    evidence: evidenceOf(f.ref, f.ticket),
  };
}

/** The items scored from the entries managers record (§7.4 items 3 to 6). */
function entryItems(owned: Owned, cs: Rules) {
  const { satisfaction, specialWork, knowledgeBase, securityChecks } = owned;
  return [
    scoreItem(
      'satisfaction',
      cs.satisfaction.max,
      satisfaction.kept.map(({ f, w }) => entryLine(w, f.kind, f)),
      { excluded: satisfaction.excluded },
    ),
    scoreItem(
      'specialWork',
      cs.specialWork.max,
      specialWork.kept.map(({ f, w }) =>
        entryLine(
          w,
          f.grade === 'onTimePoor'
            ? 'specialWorkOnTimePoor'
            : 'specialWorkLateOrBadImpact',
          f,
        ),
      ),
      { excluded: specialWork.excluded },
    ),
    scoreItem(
      'knowledgeBase',
      cs.knowledgeBase.max,
      knowledgeBase.kept.map(({ f, w }) =>
        entryLine(
          w,
          f.grade === 'lateOrMediocre'
            ? 'knowledgeBaseLateOrMediocre'
            : 'knowledgeBaseMissingOrPoor',
          f,
        ),
      ),
      { excluded: knowledgeBase.excluded },
    ),
    scoreItem(
      'securityChecks',
      cs.securityChecks.max,
      securityChecks.kept.map(({ f, w }) =>
        entryLine(w, 'securityCheckFailure', f, { kind: f.kind }),
      ),
      { excluded: securityChecks.excluded },
    ),
  ];
}

const OPS_CODES = {
  noNda: 'opsNoNda',
  classifiedEmail: 'opsClassifiedEmail',
  illegalOutbound: 'opsIllegalOutbound',
  level8Event: 'opsLevel8Event',
  level7OrWorse: 'opsLevel7OrWorse',
} as const;

const BONUS_CODES = {
  bestPractice: 'bonusBestPractice',
  provincialHazardLibrary: 'bonusProvincialHazardLibrary',
  innovation: 'bonusInnovation',
} as const;

function opsSecurityOf(
  ops: Owned['opsSecurity'],
): NonNullable<Scorecard['opsSecurity']> {
  // Leaks weigh 0 and dropped out above, so every kind left has a code.
  const deductions = ops.kept.map(({ f, w }) =>
    entryLine(
      w,
      OPS_CODES[f.kind as Exclude<OpsSecurityKind, 'leak'>],
      f,
      f.kind === 'noNda' ? { persons: f.persons ?? 1 } : {},
    ),
  );
  return { deducted: sumPoints(deductions), deductions };
}

function bonusOf(
  facts: CustomerServiceFacts,
  cs: Rules,
): NonNullable<Scorecard['bonus']> {
  const additions = facts.bonus.map(b => ({
    points: cs.bonus.perItem,
    reason: { code: BONUS_CODES[b.kind], params: {} },
    evidence: [b.ref],
  }));
  return {
    max: cs.bonus.max,
    score: Math.min(cs.bonus.max, sumPoints(additions)),
    additions,
  };
}

function leakEscalations(facts: CustomerServiceFacts): Escalation[] {
  return facts.opsSecurity
    .filter(f => f.kind === 'leak')
    .map(f => ({
      code: 'leakToIctDepartment',
      evidence: evidenceOf(f.ref, f.ticket),
    }));
}

/** A leak deducts nothing: the regulation sends it to the ICT department (信通部) instead. */
function opsPoints(cs: Rules, kind: OpsSecurityKind, persons = 1): number {
  const rule = cs.opsSecurity;
  switch (kind) {
    case 'noNda':
      return roundPoints(rule.noNdaPerPerson * persons);
    case 'leak':
      return 0;
    default:
      return rule[kind];
  }
}

/** Timely answer rate (§7.4 item 1) over every answered call of the period. */
function answerRateItem(facts: CustomerServiceFacts, cs: Rules) {
  const rule = cs.answerRate;
  const answered = facts.calls.reduce((n, m) => n + m.answered, 0);
  const inTime = facts.calls.reduce((n, m) => n + m.inTime, 0);
  const late = facts.calls.flatMap(m => m.late);
  return scoreItem(
    'answerRate',
    rule.max,
    rateLines('answerRateBelowThreshold', inTime, answered, rule, late, {}),
    { status: rateStatus(inTime, answered, rule.threshold, 'answered calls') },
  );
}

/**
 * Timely resolution rate (§7.4 item 2: "当月已关闭的工单"). With perMonth each calendar month is
 * scored alone and the deductions are summed (the item still stops at its max); a month without
 * closed tickets deducts nothing. Without it, the period's tickets are pooled into one rate.
 */
function resolutionRateItem(facts: CustomerServiceFacts, cs: Rules) {
  const rule = cs.resolutionRate;
  if (!rule.perMonth) {
    const closed = facts.tickets.reduce((n, m) => n + m.closed, 0);
    const timely = facts.tickets.reduce((n, m) => n + m.timely, 0);
    return scoreItem(
      'resolutionRate',
      rule.max,
      rateLines(
        'resolutionRateBelowThreshold',
        timely,
        closed,
        rule,
        facts.tickets.flatMap(m => m.late),
        {},
      ),
      { status: rateStatus(timely, closed, rule.threshold, 'closed tickets') },
    );
  }
  const months = [...facts.tickets].sort((a, b) =>
    a.month.localeCompare(b.month),
  );
  const statuses = months.map(m =>
    rateStatus(
      m.timely,
      m.closed,
      rule.threshold,
      `closed tickets of ${m.month}`,
    ),
  );
  const status = combinedStatus(statuses);
  return scoreItem(
    'resolutionRate',
    rule.max,
    months.flatMap(m =>
      rateLines(
        'resolutionRateBelowThreshold',
        m.timely,
        m.closed,
        rule,
        m.late,
        {
          month: m.month,
        },
      ),
    ),
    { status },
  );
}

function rateLines(
  code: ReasonCode,
  hit: number,
  of: number,
  rule: { threshold: number; perPoint: number },
  late: EvidenceRef[],
  params: Record<string, string>,
): ScoreLine[] {
  const pointsBelow = fullPointsBelow(hit, of, rule.threshold, code);
  if (!pointsBelow || !rule.perPoint) return [];
  return [
    {
      points: roundPoints(pointsBelow * rule.perPoint),
      reason: {
        code,
        params: { ...params, hit, of, threshold: rule.threshold, pointsBelow },
      },
      evidence: late,
    },
  ];
}
