import { PeriodKind } from './periods';
import { EvidenceRef, Reason, ScoreItemId } from './types';

/**
 * Closing a period (§6.7: the lead reports the period's score to the IT department manager):
 * the lead submits it for sealing, the manager approves or returns it, and a sealed report then
 * stands as reported. Deductions can be appealed (申诉/复核). Every record here is append-only:
 * a decision, an unsealing or a later seal is a new record beside the old one.
 */

/** A period as the scorecard names it. */
export interface PeriodRef {
  kind: PeriodKind;
  label: string;
}

export const SEAL_REQUEST_STATES = [
  'submitted',
  'approved',
  'returned',
] as const;
export type SealRequestState = (typeof SEAL_REQUEST_STATES)[number];

/** The lead's request to seal a period, and the manager's decision on it. Times UTC ISO. */
export interface SealRequest extends PeriodRef {
  id: string;
  state: SealRequestState;
  submittedBy: string;
  submittedAt: string;
  note?: string;
  decidedBy?: string;
  decidedAt?: string;
  /** Required when the manager returns the request. */
  decisionReason?: string;
}

/** A sealed report's record: the report itself is stored whole beside it. */
export interface Seal extends PeriodRef {
  id: string;
  requestId: string;
  ruleSetVersion: string;
  /** The lead who submitted it. */
  submittedBy: string;
  /** The manager who approved it, and when: the moment the figures were taken. */
  sealedBy: string;
  sealedAt: string;
  /** Present once a manager has unsealed it; the seal itself stays as it was. */
  unsealed?: { by: string; at: string; reason: string };
}

/** A live figure that no longer equals its sealed value, with the records that moved it. */
export interface FigureChange {
  /** A stable path into the report: 'statistics.completionRate', 'operational.emergencyResponse.score'. */
  figure: string;
  sealed: number | string | null;
  live: number | string | null;
  /**
   * What moved it since sealing: ticket events (`type: 'event'`, `ticketId` set), calls and
   * assessment entries recorded after the seal.
   */
  moves: EvidenceRef[];
}

export type PeriodCloseStatus = 'open' | 'submitted' | 'sealed';

/** Where a period stands, sent with its report. */
export interface PeriodClose {
  status: PeriodCloseStatus;
  /** The seal in force (status 'sealed'). */
  seal?: Seal;
  /** The pending or last-decided request. */
  request?: SealRequest;
  /** Earlier seals, unsealed, newest first: kept, never replaced. */
  earlierSeals: Seal[];
  /** For a sealed period: live figures that now differ from the sealed ones. */
  changesSinceSealing?: FigureChange[];
  /** Until when the lead may still appeal a deduction (UTC ISO); absent while not sealed. */
  appealsUntil?: string;
}

export const APPEAL_STATES = ['pending', 'accepted', 'rejected'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

/** The lead's appeal of one deduction line, and the manager's decision. */
export interface Appeal extends PeriodRef {
  id: string;
  /** The line's `key` (see ScoreLine.key): an appeal applies wherever that line appears. */
  deductionKey: string;
  itemId: ScoreItemId;
  points: number;
  deduction: Reason;
  evidence: EvidenceRef[];
  reason: string;
  evidenceLink?: string;
  state: AppealState;
  filedBy: string;
  filedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionReason?: string;
}

/** A deduction an accepted appeal took back: shown beside the item, naming the appeal. */
export interface Adjustment {
  appealId: string;
  deductionKey: string;
  /** The points given back (the deduction's full value). */
  points: number;
  reason: Reason;
}
