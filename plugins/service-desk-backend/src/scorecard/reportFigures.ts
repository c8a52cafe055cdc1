import {
  AssessmentEntry,
  PeriodKind,
  RuleSet,
  SlaTargets,
  periodContaining,
  periodRange,
} from '@internal/plugin-service-desk-common';
import { AssessmentStore } from '../database/AssessmentStore';
import { CallFigures, LateCall } from '../database/metrics/callFigures';
import {
  AcceptedEmergency,
  DispatchFigures,
  DissatisfiedCallback,
  OccurredAtCorrection,
} from '../database/metrics/eventFigures';
import { AcceptedFigures, LateTicket } from '../database/metrics/ticketFigures';
import { KeptFigures } from './keptFigures';
import { StatisticsFigures, readStatistics } from './statistics';

/** Evidence lists are bounded so that a year at a national desk still answers quickly. */
const EVIDENCE_LIMIT = 200;

/** Consecutive periods of one kind: their labels and the boundaries between them. */
export interface Spans {
  labels: string[];
  boundaries: number[];
}

/** A period being reported on, with the buckets its figures are read in. */
export interface ReportPeriod {
  kind: PeriodKind;
  label: string;
  timeZone: string;
  rules: RuleSet;
  targets: SlaTargets;
  start: number;
  end: number;
  /** The calendar months of the period and the boundaries between them, clipped to it. */
  months: Spans;
  /** Every quarter and half-year that overlaps the period, whole (§9 figures). */
  quarters: Spans;
  halves: Spans;
  /** Clocks still running count up to now, or to the period's end when it is over. */
  asOf: Date;
}

/** The quarters or half-years that overlap [start, end), each over the whole of it. */
export function spansOf(
  kind: 'quarter' | 'half',
  start: number,
  end: number,
  timeZone: string,
): Spans {
  const labels: string[] = [];
  const boundaries: number[] = [];
  for (let t = start; t < end; ) {
    const label = periodContaining(kind, new Date(t), timeZone);
    const range = periodRange(kind, label, timeZone);
    if (labels.length === 0) boundaries.push(range.start.getTime());
    labels.push(label);
    t = range.end.getTime();
    boundaries.push(t);
  }
  return { labels, boundaries };
}

/** Everything a report is made of, as read from the store: one grouped query per figure. */
export interface ReportFigures {
  byMonth: StatisticsFigures[];
  callsByMonth: CallFigures[];
  lateTicketsByMonth: LateTicket[][];
  lateCallsByMonth: LateCall[][];
  emergencies: AcceptedEmergency[];
  corrections: OccurredAtCorrection[];
  dissatisfied: DissatisfiedCallback[];
  entries: AssessmentEntry[];
  /** The period's own dispatches (§7.1 qualification rate). */
  dispatches: DispatchFigures;
  /** Every overlapping quarter's, whole (§9 dispatch success is a quarter's figure). */
  dispatchesByQuarter: DispatchFigures[];
  callbacksByHalf: AcceptedFigures[];
}

export async function readReportFigures(
  figures: KeptFigures,
  entryStore: AssessmentStore,
  period: ReportPeriod,
): Promise<ReportFigures> {
  const { targets, start, end } = period;
  const months = period.months.boundaries;
  const answerMs = period.rules.targets.answerSeconds * 1000;
  const range = { from: start, to: end };
  return awaitEach({
    byMonth: readStatistics(figures, { boundaries: months, targets }),
    callsByMonth: figures.calls(months, answerMs),
    lateTicketsByMonth: figures.lateTickets(months, targets, EVIDENCE_LIMIT),
    lateCallsByMonth: figures.lateCalls(months, answerMs, EVIDENCE_LIMIT),
    emergencies: figures.emergencies(range),
    corrections: figures.corrections(range),
    dissatisfied: figures.dissatisfied(range),
    entries: entryStore.list(range),
    dispatches: figures.dispatches([start, end]).then(([own]) => own),
    dispatchesByQuarter: figures.dispatches(period.quarters.boundaries),
    callbacksByHalf: figures.accepted(period.halves.boundaries),
  });
}

/** Awaits the queries side by side, each figure under its name. */
async function awaitEach<T extends object>(promises: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const names = Object.keys(promises) as Array<keyof T>;
  const values = await Promise.all(names.map(name => promises[name]));
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as T;
}
