import { parsePeriodLabel } from './periods';
import { evidenceOf, groupByCycle, onTimeStatus, rateStatus } from './points';
import {
  CycleEntryFact,
  EvidenceRef,
  OperationalFacts,
  RuleSet,
  TargetStatus,
} from './types';

/**
 * The service-level table (SPEC §7.3, regulation §7.1) and the KPI table (§9): each measure with
 * its target, measured value and met/missed. Rates are compared on exact counts; `measured` is
 * for display only. Nothing measured is 'noData', which is not 'met'.
 */
export interface SlaFacts extends OperationalFacts {
  calls: { answered: number; inTime: number };
  tickets: { closed: number; timely: number };
  ratings: { rated: number; notUnsatisfied: number };
  dispatches: { dispatched: number; qualified: number };
}

export const SLA_MEASURES = [
  'phoneAnswerRate',
  'timelyProcessingRate',
  'satisfactionRate',
  'emergencyResponse',
  'emergencyClose',
  'permitFailures',
  'reportFailures',
  'eventResponseFailures',
  'qualificationRate',
] as const;
export type SlaMeasureId = (typeof SLA_MEASURES)[number];
export type KpiMeasureId = 'dispatchSuccessRate' | 'callbackRate';

export interface MeasureTarget {
  comparison: 'atLeast' | 'atMost';
  value: number;
  unit: 'ratio' | 'minutes' | 'count' | 'countPerCycle';
}

export interface MeasureRow<Id extends string = SlaMeasureId> {
  id: Id;
  target: MeasureTarget;
  /** A ratio for rates, the longest time for emergencies, the count (worst cycle's) for counts. */
  measured?: number;
  /** Rates: hits of the total; emergencies: on time of all. */
  counts?: { hit: number; of: number };
  /** Per-cycle measures: each cycle that had entries. */
  cycles?: Array<{ cycle: string; count: number; status: TargetStatus }>;
  status: TargetStatus;
  /** What missed the target: late emergencies, failure entries. */
  evidence: EvidenceRef[];
  /** Set when the answer lists only some of the evidence (`boundedReport`): how many it left out. */
  evidenceOmitted?: number;
}

export interface KpiRow extends MeasureRow<KpiMeasureId> {
  /** The quarter ('2026-Q1') or half-year ('2026-H1') the row covers. */
  period: string;
}

export interface KpiFacts {
  /** Per quarter: dispatches, and those the receiver did not reject as misrouted or unclear. */
  dispatches: Array<{
    quarter: string;
    dispatched: number;
    successful: number;
  }>;
  /** Per half-year: tickets the desk accepted, and those of them that got a callback. */
  callbacks: Array<{ half: string; accepted: number; calledBack: number }>;
}

function rateRow<Id extends string>(
  id: Id,
  hit: number,
  of: number,
  threshold: number,
): MeasureRow<Id> {
  return {
    id,
    target: { comparison: 'atLeast', value: threshold, unit: 'ratio' },
    ...(of ? { measured: hit / of } : {}),
    counts: { hit, of },
    status: rateStatus(hit, of, threshold, id),
    evidence: [],
  };
}

function emergencyRow(
  id: 'emergencyResponse' | 'emergencyClose',
  facts: OperationalFacts,
  minutesOf: (e: OperationalFacts['emergencies'][number]) => number,
  limit: number,
): MeasureRow {
  const late = facts.emergencies.filter(e => minutesOf(e) > limit);
  const of = facts.emergencies.length;
  return {
    id,
    target: { comparison: 'atMost', value: limit, unit: 'minutes' },
    ...(of ? { measured: Math.max(...facts.emergencies.map(minutesOf)) } : {}),
    counts: { hit: of - late.length, of },
    status: onTimeStatus(of, late.length),
    evidence: late.map(e => e.ticket),
  };
}

function perCycleRow(
  id: 'reportFailures' | 'eventResponseFailures',
  entries: CycleEntryFact[],
  target: number,
): MeasureRow {
  const cycles = [...groupByCycle(entries)].map(([cycle, inCycle]) => ({
    cycle,
    count: inCycle.length,
    status: (inCycle.length > target ? 'missed' : 'met') as TargetStatus,
  }));
  const over = entries.filter(e =>
    cycles.some(c => c.cycle === e.cycle && c.status === 'missed'),
  );
  return {
    id,
    target: { comparison: 'atMost', value: target, unit: 'countPerCycle' },
    measured: Math.max(0, ...cycles.map(c => c.count)),
    cycles,
    status: over.length ? 'missed' : 'met',
    evidence: evidenceOf(...over.flatMap(e => [e.ref, e.ticket])),
  };
}

/** The §7.1 service-level table for one period, in the regulation's row order. */
export function slaTable(facts: SlaFacts, rules: RuleSet): MeasureRow[] {
  const t = rules.targets;
  const permits = facts.permitFailures.length;
  return [
    rateRow(
      'phoneAnswerRate',
      facts.calls.inTime,
      facts.calls.answered,
      t.phoneAnswerRate,
    ),
    rateRow(
      'timelyProcessingRate',
      facts.tickets.timely,
      facts.tickets.closed,
      t.timelyProcessingRate,
    ),
    rateRow(
      'satisfactionRate',
      facts.ratings.notUnsatisfied,
      facts.ratings.rated,
      t.satisfactionRate,
    ),
    emergencyRow(
      'emergencyResponse',
      facts,
      e => e.responseMinutes,
      t.emergencyResponseMinutes,
    ),
    emergencyRow(
      'emergencyClose',
      facts,
      e => e.closeMinutes,
      t.emergencyCloseMinutes,
    ),
    {
      id: 'permitFailures',
      target: { comparison: 'atMost', value: t.permitFailures, unit: 'count' },
      measured: permits,
      // Permit failures are recorded entries: none recorded is a count of 0, which is data.
      status: permits > t.permitFailures ? 'missed' : 'met',
      evidence: evidenceOf(
        ...facts.permitFailures.flatMap(f => [f.ref, f.ticket]),
      ),
    },
    perCycleRow(
      'reportFailures',
      facts.reportFailures,
      t.reportFailuresPerCycle,
    ),
    perCycleRow(
      'eventResponseFailures',
      facts.eventResponseFailures,
      t.eventResponseFailuresPerCycle,
    ),
    rateRow(
      'qualificationRate',
      facts.dispatches.qualified,
      facts.dispatches.dispatched,
      t.qualificationRate,
    ),
  ];
}

/** The §9 KPI table: dispatch success per quarter, callback rate per half-year. */
export function kpiTable(facts: KpiFacts, rules: RuleSet): KpiRow[] {
  const t = rules.targets;
  return [
    ...facts.dispatches.map(d => {
      parsePeriodLabel('quarter', d.quarter);
      return {
        ...rateRow(
          'dispatchSuccessRate' as const,
          d.successful,
          d.dispatched,
          t.dispatchSuccessRate,
        ),
        period: d.quarter,
      };
    }),
    ...facts.callbacks.map(c => {
      parsePeriodLabel('half', c.half);
      return {
        ...rateRow(
          'callbackRate' as const,
          c.calledBack,
          c.accepted,
          t.callbackRate,
        ),
        period: c.half,
      };
    }),
  ];
}
