import { PeriodKind } from './periods';
import { Appeal, PeriodClose } from './periodClose';
import { KpiRow, MeasureRow } from './serviceLevels';
import { Scorecard } from './types';

/** The §6 statistics of a period, with the counts behind each rate (absent when nothing counted). */
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

/** Everything the scorecard of one period shows (GET /scorecard). */
export interface ScorecardReport {
  period: {
    kind: PeriodKind;
    label: string;
    start: string;
    end: string;
    timeZone: string;
  };
  ruleSetYear: number;
  /** The version of the rule set the period was scored by (the one in force at its end). */
  ruleSetVersion: string;
  /** 'sealed': the figures are the seal's, as reported; 'live': computed now. */
  basis?: 'live' | 'sealed';
  /** Sealing state, the seal's history and the changes since sealing. */
  close?: PeriodClose;
  /** Appeals of this report's deductions, every state. */
  appeals?: Appeal[];
  statistics: PeriodStatistics;
  serviceLevels: MeasureRow[];
  operational: Scorecard;
  customerService: Scorecard;
  kpi: KpiRow[];
}
