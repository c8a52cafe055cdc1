import {
  AssessmentEntry,
  BonusKind,
  CustomerServiceFacts,
  EntryFact,
  KnowledgeBaseGrade,
  OperationalFacts,
  OpsSecurityKind,
  SatisfactionEvent,
  SecurityCheckFailureKind,
  SpecialWorkGrade,
} from '@internal/plugin-service-desk-common';

/** The grades as recorded (snake_case, in the API) and as the scoring rules name them. */
const SPECIAL_WORK: Record<string, SpecialWorkGrade> = {
  on_time_good: 'good',
  on_time_poor: 'onTimePoor',
  late_or_bad_impact: 'lateOrBadImpact',
};
const KNOWLEDGE_BASE: Record<string, KnowledgeBaseGrade> = {
  on_time_good: 'good',
  late_or_mediocre: 'lateOrMediocre',
  missing_or_poor: 'missingOrPoor',
};
const SECURITY_CHECK: Record<string, SecurityCheckFailureKind> = {
  not_done: 'notDone',
  hazard_missed: 'hazardMissed',
  fix_overdue: 'fixOverdue',
};
const OPS_SECURITY: Record<string, OpsSecurityKind> = {
  no_nda: 'noNda',
  classified_email: 'classifiedEmail',
  illegal_outbound: 'illegalOutbound',
  level8_event: 'level8Event',
  level7_or_worse: 'level7OrWorse',
  leak: 'leak',
};
const BONUS: Record<string, BonusKind> = {
  best_practice: 'bestPractice',
  provincial_hazard: 'provincialHazardLibrary',
  innovation: 'innovation',
};

/** Recorded assessment entries as the facts the scoring rules take. */
export function entryFacts(
  entries: AssessmentEntry[],
  cycleOf: (iso: string) => string,
) {
  const fact = (e: AssessmentEntry): EntryFact => ({
    ref: { type: 'entry', id: e.id, label: e.description },
    ...(e.ticketId
      ? {
          ticket: {
            type: 'ticket' as const,
            id: e.ticketId,
            label: e.ticketDisplayId ?? e.ticketId,
          },
        }
      : {}),
  });
  const of = (kind: string) => entries.filter(e => e.kind === kind);
  const operational: Omit<OperationalFacts, 'emergencies'> = {
    permitFailures: of('permit_failure').map(fact),
    reportFailures: of('report_failure').map(e => ({
      ...fact(e),
      cycle: cycleOf(e.occurredAt),
    })),
    eventResponseFailures: of('event_response_failure').map(e => ({
      ...fact(e),
      cycle: cycleOf(e.occurredAt),
    })),
  };
  const customerService: Omit<
    CustomerServiceFacts,
    'calls' | 'tickets' | 'satisfaction'
  > = {
    specialWork: of('special_work').map(e => ({
      ...fact(e),
      grade: SPECIAL_WORK[e.grade!],
    })),
    knowledgeBase: of('knowledge_base').map(e => ({
      ...fact(e),
      grade: KNOWLEDGE_BASE[e.grade!],
    })),
    securityChecks: of('security_check').map(e => ({
      ...fact(e),
      kind: SECURITY_CHECK[e.grade!],
    })),
    opsSecurity: of('ops_security').map(e => ({
      ...fact(e),
      kind: OPS_SECURITY[e.grade!],
      persons: e.persons,
    })),
    bonus: of('bonus').map(e => ({ kind: BONUS[e.grade!], ref: fact(e).ref })),
  };
  const satisfaction: SatisfactionEvent[] = of('desk_complaint').map(e => ({
    ...fact(e),
    kind: 'deskComplaint',
  }));
  return { operational, customerService, satisfaction };
}
