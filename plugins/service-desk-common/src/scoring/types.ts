import { Adjustment } from './periodClose';

/**
 * The contract between the metrics the backend computes in SQL and the pure scoring rules of
 * SPEC §7. Everything here is plain data so that scorecards can be scored, tested by hand and
 * traced back to the tickets, calls and entries behind every deduction.
 */

/** A link from a figure or deduction to what is behind it. */
export interface EvidenceRef {
  /** `correction`: the desk changed an input of the figure (an event of `ticketId`). */
  /**
   * `event`: a ticket event (of `ticketId`) that moved a figure after its period was sealed;
   * `appeal`: an appeal of a deduction.
   */
  type: 'ticket' | 'call' | 'entry' | 'correction' | 'event' | 'appeal';
  id: string;
  /** Human-readable label: a ticket's display id, a call id, an entry's description. */
  label: string;
  /** The ticket a correction event belongs to. */
  ticketId?: string;
  /** A ticket's title, times and people, so a drill-down says more than a bare id. */
  details?: EvidenceTicketDetails;
}

/** What the drill-down shows of a ticket behind a figure; times UTC, people as entity refs. */
export interface EvidenceTicketDetails {
  title: string;
  acceptedAt: string;
  closedAt?: string;
  acceptedBy: string;
  pmRef?: string;
  assigneeRef?: string;
}

/** How grouped per-cycle deductions count (SPEC §7.1 Ambiguity). */
export type GroupedDeductionMode = 'fullGroups' | 'beyondTarget';

/** One year's rules (SPEC §7.4): targets, points and deductions. Lives in app-config. */
export interface RuleSet {
  year: number;
  /**
   * Names this version of the year's rules ('2026', '2026.2'); a sealed report records it, and
   * start-up refuses a change to a version a seal uses. Defaults to the year.
   */
  version?: string;
  /**
   * The first day (yyyy-MM-dd, in the desk's zone) this version is in force; a period is scored
   * by the version in force at its end. Defaults to 1 January of `year`.
   */
  effectiveFrom?: string;
  /** Day of month an assessment cycle starts (21: 21st → 20th of the next month). */
  cycleStartDay: number;
  targets: {
    /** Seconds within which a call counts as answered in time (three rings). */
    answerSeconds: number;
    phoneAnswerRate: number;
    timelyHandlingMinutes: number;
    timelyProcessingRate: number;
    satisfactionRate: number;
    emergencyResponseMinutes: number;
    emergencyCloseMinutes: number;
    permitFailures: number;
    reportFailuresPerCycle: number;
    eventResponseFailuresPerCycle: number;
    qualificationRate: number;
    dispatchSuccessRate: number;
    callbackRate: number;
  };
  operational: {
    emergencyResponse: { max: number; perOccurrence: number };
    emergencyClose: { max: number; perOccurrence: number };
    permitFailures: { max: number; perOccurrence: number };
    reportFailures: { max: number; perGroup: number; groupSize: number };
    eventResponseFailures: { max: number; perGroup: number; groupSize: number };
  };
  customerService: {
    /** −perPoint per full percentage point below threshold. */
    answerRate: { max: number; threshold: number; perPoint: number };
    /** As answerRate; with perMonth the deduction is worked out per calendar month and summed. */
    resolutionRate: {
      max: number;
      threshold: number;
      perPoint: number;
      perMonth: boolean;
    };
    satisfaction: { max: number; perOccurrence: number };
    specialWork: { max: number; onTimePoor: number; lateOrBadImpact: number };
    knowledgeBase: {
      max: number;
      lateOrMediocre: number;
      missingOrPoor: number;
    };
    securityChecks: { max: number; perOccurrence: number };
    opsSecurity: {
      noNdaPerPerson: number;
      classifiedEmail: number;
      illegalOutbound: number;
      level8Event: number;
      level7OrWorse: number;
    };
    bonus: { max: number; perItem: number };
  };
  options: {
    groupedDeduction: GroupedDeductionMode;
    /**
     * Whether the first dispatch of an emergency stands for the desk's notification of the
     * people concerned (SPEC §5 *Notified*). Default false: only the desk's recorded notification
     * (the `notify` action, or a dispatch or resolve naming whom it told) stops the clock.
     */
    dispatchCountsAsNotification?: boolean;
  };
}

// ---------------------------------------------------------------------------------------------
// Facts: plain data the backend computes in SQL for one period and hands to the scorers.
// ---------------------------------------------------------------------------------------------

/**
 * Something recorded against an item (a ticket, a call or an assessment entry) and the ticket it
 * concerns. The ticket is the key of the no-double-deduction rule (SPEC §7); when `ref` is itself
 * a ticket, it is the key.
 */
export interface EntryFact {
  ref: EvidenceRef;
  ticket?: EvidenceRef;
}

/** An entry counted per assessment cycle; `cycle` is the cycle's label ('2026-11'). */
export interface CycleEntryFact extends EntryFact {
  cycle: string;
}

/** An emergency accepted in the period (SPEC §5, regulation §7.3(2)–(3)). */
export interface EmergencyFact {
  ticket: EvidenceRef;
  /** The desk's corrections of the occurred-at, listed beside any deduction they touch. */
  corrections?: EvidenceRef[];
  /** Notified − occurred, in minutes; the time elapsed so far while nobody has been notified. */
  responseMinutes: number;
  /** Closed − reached the desk, in minutes; the time elapsed so far while it is still open. */
  closeMinutes: number;
  /** Nobody notified yet: responseMinutes is the time so far, and the text must say so. */
  responseRunning?: boolean;
  /** Not closed yet: closeMinutes is the time so far ("still open 6 d 17 h…", not "closed"). */
  closeRunning?: boolean;
}

/** Facts behind the operational scorecard (SPEC §7.1). */
export interface OperationalFacts {
  emergencies: EmergencyFact[];
  /** Failed level-1 maintenance-permit start/finish reports. */
  permitFailures: EntryFact[];
  /** Failed duty reports, each labelled with its cycle. */
  reportFailures: CycleEntryFact[];
  /** Events whose late response widened the impact, each labelled with its cycle. */
  eventResponseFailures: CycleEntryFact[];
}

/** Answered calls of one calendar month ('2026-11'). */
export interface MonthlyCalls {
  month: string;
  answered: number;
  /** Answered within `targets.answerSeconds`. */
  inTime: number;
  /** The calls answered late, for the evidence. */
  late: EvidenceRef[];
}

/** Tickets closed in one calendar month ('2026-11'). */
export interface MonthlyTickets {
  month: string;
  closed: number;
  /** Closed, or handed to the back line, within `targets.timelyHandlingMinutes` of acceptance. */
  timely: number;
  late: EvidenceRef[];
}

export const SATISFACTION_EVENT_KINDS = [
  'unsatisfiedCallback',
  'complaintAtCallback',
  'deskComplaint',
] as const;
export type SatisfactionEventKind = (typeof SATISFACTION_EVENT_KINDS)[number];
/** One case of §7.4 item 3; each deducts once. One callback is one event, whatever it raised. */
export interface SatisfactionEvent extends EntryFact {
  kind: SatisfactionEventKind;
}

export const SPECIAL_WORK_GRADES = [
  'good',
  'onTimePoor',
  'lateOrBadImpact',
] as const;
export type SpecialWorkGrade = (typeof SPECIAL_WORK_GRADES)[number];
export interface SpecialWorkEntry extends EntryFact {
  grade: SpecialWorkGrade;
}

export const KNOWLEDGE_BASE_GRADES = [
  'good',
  'lateOrMediocre',
  'missingOrPoor',
] as const;
export type KnowledgeBaseGrade = (typeof KNOWLEDGE_BASE_GRADES)[number];
export interface KnowledgeBaseEntry extends EntryFact {
  grade: KnowledgeBaseGrade;
}

export const SECURITY_CHECK_FAILURES = [
  'notDone',
  'hazardMissed',
  'fixOverdue',
] as const;
export type SecurityCheckFailureKind = (typeof SECURITY_CHECK_FAILURES)[number];
export interface SecurityCheckFailure extends EntryFact {
  kind: SecurityCheckFailureKind;
}

export const OPS_SECURITY_KINDS = [
  'noNda',
  'classifiedEmail',
  'illegalOutbound',
  'level8Event',
  'level7OrWorse',
  'leak',
] as const;
export type OpsSecurityKind = (typeof OPS_SECURITY_KINDS)[number];
export interface OpsSecurityEvent extends EntryFact {
  kind: OpsSecurityKind;
  /** For 'noNda': how many people have not signed (default 1). */
  persons?: number;
}

export const BONUS_KINDS = [
  'bestPractice',
  'provincialHazardLibrary',
  'innovation',
] as const;
export type BonusKind = (typeof BONUS_KINDS)[number];
export interface BonusEntry {
  kind: BonusKind;
  ref: EvidenceRef;
}

/** Facts behind the customer-service scorecard (SPEC §7.2, regulation §7.4). */
export interface CustomerServiceFacts {
  calls: MonthlyCalls[];
  tickets: MonthlyTickets[];
  satisfaction: SatisfactionEvent[];
  specialWork: SpecialWorkEntry[];
  knowledgeBase: KnowledgeBaseEntry[];
  securityChecks: SecurityCheckFailure[];
  opsSecurity: OpsSecurityEvent[];
  bonus: BonusEntry[];
}

// ---------------------------------------------------------------------------------------------
// Results. Reasons are codes with parameters, never sentences: the frontend translates them.
// ---------------------------------------------------------------------------------------------

export const OPERATIONAL_ITEMS = [
  'emergencyResponse',
  'emergencyClose',
  'permitFailures',
  'reportFailures',
  'eventResponseFailures',
] as const;
export const CUSTOMER_SERVICE_ITEMS = [
  'answerRate',
  'resolutionRate',
  'satisfaction',
  'specialWork',
  'knowledgeBase',
  'securityChecks',
] as const;
/** Scorecard rows, plus ops security, which competes for tickets but is taken off the total. */
export type ScoreItemId =
  | (typeof OPERATIONAL_ITEMS)[number]
  | (typeof CUSTOMER_SERVICE_ITEMS)[number]
  | 'opsSecurity';

export const REASON_CODES = [
  'emergencyResponseLate',
  'emergencyCloseLate',
  'permitFailure',
  'reportFailuresInCycle',
  'eventResponseFailuresInCycle',
  'answerRateBelowThreshold',
  'resolutionRateBelowThreshold',
  ...SATISFACTION_EVENT_KINDS,
  'specialWorkOnTimePoor',
  'specialWorkLateOrBadImpact',
  'knowledgeBaseLateOrMediocre',
  'knowledgeBaseMissingOrPoor',
  'securityCheckFailure',
  'opsNoNda',
  'opsClassifiedEmail',
  'opsIllegalOutbound',
  'opsLevel8Event',
  'opsLevel7OrWorse',
  'bonusBestPractice',
  'bonusProvincialHazardLibrary',
  'bonusInnovation',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

/** Points taken off (or, for the bonus, added) for one reason, with what is behind it. */
export interface ScoreLine {
  /**
   * Names this deduction wherever it appears (the month, the quarter, the year), so that an
   * appeal of it (periodClose.ts) applies to every report that holds it.
   */
  key?: string;
  points: number;
  reason: Reason;
  evidence: EvidenceRef[];
  /** Set when the answer lists only some of the evidence (`boundedReport`): how many it left out. */
  evidenceOmitted?: number;
}

/** Whether a target was reached; 'noData' when nothing was measured (no calls, no emergencies). */
export type TargetStatus = 'met' | 'missed' | 'noData';

export interface ScoreItem {
  id: ScoreItemId;
  max: number;
  /** max − deducted; never below 0 (扣完为止). */
  score: number;
  /** What was taken off: the sum of the deductions, capped at max. */
  deducted: number;
  /** Each deduction at its full value; their sum can pass max, the score still stops at 0. */
  deductions: ScoreLine[];
  /** Tickets left out because another item deducts more for them (no double deduction, SPEC §7). */
  excluded: Array<{ evidence: EvidenceRef; countedIn: ScoreItemId }>;
  /** The item's target, where it has one, counted before the no-double-deduction rule. */
  status?: TargetStatus;
  /** Deductions taken back by accepted appeals: left out of `deducted`, each naming its appeal. */
  adjustments?: Adjustment[];
  /**
   * Set when the answer lists only some of the lines (`boundedReport`): how many deductions and
   * exclusions it left out and the deductions' points, which `deducted` and `score` still count.
   */
  omitted?: { deductions: number; points: number; excluded: number };
}

export interface Escalation {
  /** A leak (泄密) goes to the ICT department (信通部) (regulation §7.4 item 7, point 4). */
  code: 'leakToIctDepartment';
  evidence: EvidenceRef[];
}

export interface Scorecard {
  items: ScoreItem[];
  /** The sum of the items' maxima: the true maximum (70 for customer service, not 100). */
  maximum: number;
  /** The sum of the items' scores. */
  itemsScore: number;
  /** Deduction-only items taken off the total (customer service only). */
  opsSecurity?: {
    deducted: number;
    deductions: ScoreLine[];
    /** Deductions taken back by accepted appeals. */
    adjustments?: Adjustment[];
  };
  /** Additions, capped at their max (customer service only). */
  bonus?: { max: number; score: number; additions: ScoreLine[] };
  /** itemsScore + bonus − ops security, never below 0. */
  total: number;
  /** total ÷ maximum × 100, unrounded (the UI rounds); above 100 only through the bonus. */
  percentage: number;
  escalations: Escalation[];
}
