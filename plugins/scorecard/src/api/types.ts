import {
  DeskRole,
  KpiRow,
  MeasureRow,
  PeriodKind,
  Scorecard,
} from '@internal/plugin-service-desk-common';

/*
 * The shapes the backend answers with. They live in the backend package (ScorecardService.ts,
 * AssessmentStore.ts), which a frontend package must not import, so they are restated here on top
 * of the shared types of the common package.
 */

/** The §6 statistics of a period, with the counts behind each rate. */
export interface PeriodStatistics {
  closed: number;
  timely: number;
  timelinessRate?: number;
  accepted: number;
  closedOfAccepted: number;
  completionRate?: number;
  averageResolutionMinutes?: number;
  ratings: number;
  satisfied: number;
  satisfactionRate?: number;
}

/** One period of a year's series (GET /statistics). */
export interface StatisticsRow extends PeriodStatistics {
  label: string;
}

export interface ScorecardReport {
  period: {
    kind: PeriodKind;
    label: string;
    start: string;
    end: string;
    timeZone: string;
  };
  ruleSetYear: number;
  statistics: PeriodStatistics;
  serviceLevels: MeasureRow[];
  operational: Scorecard;
  customerService: Scorecard;
  kpi: KpiRow[];
}

/** An assessment item as recorded; never edited, a later entry may void it. */
export interface AssessmentEntry {
  id: string;
  kind: string;
  grade?: string;
  persons?: number;
  occurredAt: string;
  description: string;
  evidenceUrl?: string;
  ticketId?: string;
  ticketDisplayId?: string;
  voidsId?: string;
  voidedById?: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Me {
  userRef: string;
  roles: DeskRole[];
}
