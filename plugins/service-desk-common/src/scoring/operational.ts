import { groupedDeductions, perCycleStatus } from './grouped';
import {
  TicketClaim,
  keepOwn,
  ticketOf,
  ticketOwners,
} from './noDoubleDeduction';
import { evidenceOf, roundPoints, scoreItem, sumPoints } from './points';
import {
  EmergencyFact,
  OPERATIONAL_ITEMS,
  OperationalFacts,
  RuleSet,
  ScoreLine,
  Scorecard,
  TargetStatus,
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
  const { targets, operational: op, options } = rules;
  // "≤ 15 min" and "within 60 min": exactly the limit is still on time.
  const lateResponse = facts.emergencies.filter(
    e => e.responseMinutes > targets.emergencyResponseMinutes,
  );
  const lateClose = facts.emergencies.filter(
    e => e.closeMinutes > targets.emergencyCloseMinutes,
  );
  const perReport = op.reportFailures.perGroup / op.reportFailures.groupSize;
  const perEvent =
    op.eventResponseFailures.perGroup / op.eventResponseFailures.groupSize;

  const claims: TicketClaim[] = [
    ...lateResponse.map(e =>
      claim('emergencyResponse', e.ticket, op.emergencyResponse.perOccurrence),
    ),
    ...lateClose.map(e =>
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

  const response = keepOwn('emergencyResponse', lateResponse, byTicket, owners);
  const close = keepOwn('emergencyClose', lateClose, byTicket, owners);
  const permits = keepOwn(
    'permitFailures',
    facts.permitFailures,
    ticketOf,
    owners,
  );
  const reports = keepOwn(
    'reportFailures',
    facts.reportFailures,
    ticketOf,
    owners,
  );
  const events = keepOwn(
    'eventResponseFailures',
    facts.eventResponseFailures,
    ticketOf,
    owners,
  );

  const emergencyStatus = (late: EmergencyFact[]): TargetStatus =>
    !facts.emergencies.length ? 'noData' : late.length ? 'missed' : 'met';
  const items = [
    scoreItem(
      'emergencyResponse',
      op.emergencyResponse.max,
      response.kept.map(e =>
        emergencyLine(
          'emergencyResponseLate',
          e,
          e.responseMinutes,
          targets.emergencyResponseMinutes,
          op.emergencyResponse.perOccurrence,
        ),
      ),
      { excluded: response.excluded, status: emergencyStatus(lateResponse) },
    ),
    scoreItem(
      'emergencyClose',
      op.emergencyClose.max,
      close.kept.map(e =>
        emergencyLine(
          'emergencyCloseLate',
          e,
          e.closeMinutes,
          targets.emergencyCloseMinutes,
          op.emergencyClose.perOccurrence,
        ),
      ),
      { excluded: close.excluded, status: emergencyStatus(lateClose) },
    ),
    scoreItem(
      'permitFailures',
      op.permitFailures.max,
      permits.kept.map(f => ({
        points: op.permitFailures.perOccurrence,
        reason: { code: 'permitFailure' as const, params: {} },
        evidence: evidenceOf(f.ref, f.ticket),
      })),
      {
        excluded: permits.excluded,
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
        reports.kept,
        op.reportFailures,
        targets.reportFailuresPerCycle,
        options.groupedDeduction,
        'reportFailuresInCycle',
      ),
      {
        excluded: reports.excluded,
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
        events.kept,
        op.eventResponseFailures,
        targets.eventResponseFailuresPerCycle,
        options.groupedDeduction,
        'eventResponseFailuresInCycle',
      ),
      {
        excluded: events.excluded,
        status: perCycleStatus(
          facts.eventResponseFailures,
          targets.eventResponseFailuresPerCycle,
        ),
      },
    ),
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
  minutes: number,
  limit: number,
  points: number,
): ScoreLine {
  return {
    points,
    reason: { code, params: { minutes, limit } },
    evidence: [emergency.ticket, ...(emergency.corrections ?? [])],
  };
}
