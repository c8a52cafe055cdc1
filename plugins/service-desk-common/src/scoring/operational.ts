import { groupedDeductions, perCycleStatus } from './grouped';
import {
  TicketClaim,
  keepOwn,
  ticketOf,
  ticketOwners,
} from './noDoubleDeduction';
import {
  evidenceOf,
  onTimeStatus,
  roundPoints,
  scoreItem,
  sumPoints,
} from './points';
import {
  EmergencyFact,
  OPERATIONAL_ITEMS,
  OperationalFacts,
  Reason,
  RuleSet,
  ScoreLine,
  Scorecard,
} from './types';

/**
 * The operational scorecard (SPEC §7.1, regulation §7.3 评分标准), 100 points. The facts are
 * those of one period; the grouped items' entries carry the cycle they belong to (the backend
 * picks the cycles with `cyclesOverlapping`).
 */
export function scoreOperational(
  facts: OperationalFacts,
  rules: RuleSet,
): Scorecard {
  const late = lateEmergencies(facts, rules.targets);
  const owned = ownedFacts(facts, late, rules.operational);
  const items = [
    ...emergencyItems(facts, late, owned, rules),
    ...failureItems(facts, owned, rules),
  ];
  const maximum = roundPoints(items.reduce((sum, item) => sum + item.max, 0));
  const total = sumPoints(items.map(item => ({ points: item.score })));
  return {
    items,
    maximum,
    itemsScore: total,
    total,
    percentage: maximum ? (total / maximum) * 100 : 0,
    escalations: [],
  };
}

type Late = ReturnType<typeof lateEmergencies>;
type Owned = ReturnType<typeof ownedFacts>;

function lateEmergencies(facts: OperationalFacts, targets: RuleSet['targets']) {
  // "≤ 15 min" and "within 60 min": exactly the limit is still on time.
  return {
    response: facts.emergencies.filter(
      e => e.responseMinutes > targets.emergencyResponseMinutes,
    ),
    close: facts.emergencies.filter(
      e => e.closeMinutes > targets.emergencyCloseMinutes,
    ),
  };
}

/** A ticket deducts under one item only: each item keeps the facts whose ticket it owns. */
function ownedFacts(
  facts: OperationalFacts,
  late: Late,
  op: RuleSet['operational'],
) {
  const perReport = op.reportFailures.perGroup / op.reportFailures.groupSize;
  const perEvent =
    op.eventResponseFailures.perGroup / op.eventResponseFailures.groupSize;
  const claims: TicketClaim[] = [
    ...late.response.map(e =>
      claim('emergencyResponse', e.ticket, op.emergencyResponse.perOccurrence),
    ),
    ...late.close.map(e =>
      claim('emergencyClose', e.ticket, op.emergencyClose.perOccurrence),
    ),
    ...facts.permitFailures.map(f =>
      claim('permitFailures', ticketOf(f), op.permitFailures.perOccurrence),
    ),
    ...facts.reportFailures.map(f =>
      claim('reportFailures', ticketOf(f), perReport),
    ),
    ...facts.eventResponseFailures.map(f =>
      claim('eventResponseFailures', ticketOf(f), perEvent),
    ),
  ].filter((c): c is TicketClaim => !!c);
  const owners = ticketOwners(claims, OPERATIONAL_ITEMS);
  const byTicket = (e: EmergencyFact) => e.ticket;
  return {
    response: keepOwn('emergencyResponse', late.response, byTicket, owners),
    close: keepOwn('emergencyClose', late.close, byTicket, owners),
    permits: keepOwn('permitFailures', facts.permitFailures, ticketOf, owners),
    reports: keepOwn('reportFailures', facts.reportFailures, ticketOf, owners),
    events: keepOwn(
      'eventResponseFailures',
      facts.eventResponseFailures,
      ticketOf,
      owners,
    ),
  };
}

function emergencyItems(
  facts: OperationalFacts,
  late: Late,
  owned: Owned,
  { targets, operational: op }: RuleSet,
) {
  const measured = facts.emergencies.length;
  return [
    scoreItem(
      'emergencyResponse',
      op.emergencyResponse.max,
      owned.response.kept.map(e =>
        emergencyLine(
          'emergencyResponseLate',
          e,
          e.responseRunning,
          e.responseMinutes,
          targets.emergencyResponseMinutes,
          op.emergencyResponse.perOccurrence,
        ),
      ),
      {
        excluded: owned.response.excluded,
        status: onTimeStatus(measured, late.response.length),
      },
    ),
    scoreItem(
      'emergencyClose',
      op.emergencyClose.max,
      owned.close.kept.map(e =>
        emergencyLine(
          'emergencyCloseLate',
          e,
          e.closeRunning,
          e.closeMinutes,
          targets.emergencyCloseMinutes,
          op.emergencyClose.perOccurrence,
        ),
      ),
      {
        excluded: owned.close.excluded,
        status: onTimeStatus(measured, late.close.length),
      },
    ),
  ];
}

function failureItems(
  facts: OperationalFacts,
  owned: Owned,
  { targets, operational: op, options }: RuleSet,
) {
  return [
    scoreItem(
      'permitFailures',
      op.permitFailures.max,
      owned.permits.kept.map(f => ({
        points: op.permitFailures.perOccurrence,
        reason: { code: 'permitFailure' as const, params: {} },
        evidence: evidenceOf(f.ref, f.ticket),
      })),
      {
        excluded: owned.permits.excluded,
        status:
          facts.permitFailures.length > targets.permitFailures
            ? 'missed'
            : 'met',
      },
    ),
    scoreItem(
      'reportFailures',
      op.reportFailures.max,
      groupedDeductions(
        owned.reports.kept,
        op.reportFailures,
        targets.reportFailuresPerCycle,
        options.groupedDeduction,
        'reportFailuresInCycle',
      ),
      {
        excluded: owned.reports.excluded,
        status: perCycleStatus(
          facts.reportFailures,
          targets.reportFailuresPerCycle,
        ),
      },
    ),
    scoreItem(
      'eventResponseFailures',
      op.eventResponseFailures.max,
      groupedDeductions(
        owned.events.kept,
        op.eventResponseFailures,
        targets.eventResponseFailuresPerCycle,
        options.groupedDeduction,
        'eventResponseFailuresInCycle',
      ),
      {
        excluded: owned.events.excluded,
        status: perCycleStatus(
          facts.eventResponseFailures,
          targets.eventResponseFailuresPerCycle,
        ),
      },
    ),
  ];
}

function claim(
  itemId: TicketClaim['itemId'],
  ticket: TicketClaim['ticket'] | undefined,
  weight: number,
): TicketClaim | undefined {
  return ticket ? { itemId, ticket, weight } : undefined;
}

function emergencyLine(
  code: 'emergencyResponseLate' | 'emergencyCloseLate',
  emergency: EmergencyFact,
  running: boolean | undefined,
  minutes: number,
  limit: number,
  points: number,
): ScoreLine {
  // `running` only when the clock still runs, so a stopped clock's reason reads as before.
  const params: Reason['params'] = running
    ? { minutes, limit, running: 1 }
    : { minutes, limit };
  return {
    points,
    reason: { code, params },
    evidence: [emergency.ticket, ...(emergency.corrections ?? [])],
  };
}
