import {
  AssessmentEntry,
  CustomerServiceFacts,
  EMERGENCY_CLOSE_CLOCK,
  EMERGENCY_RESPONSE_CLOCK,
  EvidenceRef,
  OperationalFacts,
  clockStop,
  emergencyMinutes,
  periodContaining,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { OccurredAtCorrection } from '../database/metrics/eventFigures';
import { entryFacts } from './entryFacts';
import { ReportFigures, ReportPeriod } from './reportFigures';

export function ticketRef(id: string, displayId: string): EvidenceRef {
  return { type: 'ticket', id, label: displayId };
}

/** Voided entries and the voiding corrections themselves count for nothing. */
function counts(entry: AssessmentEntry) {
  return !entry.voidedById && entry.kind !== 'void';
}

/** A correction as evidence: the ticket, the times in the desk's zone, who and why. */
function correctionRef(c: OccurredAtCorrection, timeZone: string): EvidenceRef {
  const local = (iso?: string) =>
    iso
      ? DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm')
      : '—';
  const who = c.actorRef.replace(/^user:default\//, '');
  return {
    type: 'correction',
    id: c.eventId,
    ticketId: c.ticketId,
    label: `${c.displayId} occurred-at ${local(c.previousOccurredAt)} → ${local(
      c.occurredAt,
    )} (${who}, ${local(c.at)}: ${c.reason})`,
  };
}

/** The facts the scoring rules of §7.3 and §7.4 take, from a period's figures. */
export function scoringFacts(
  period: ReportPeriod,
  figures: ReportFigures,
): { operational: OperationalFacts; customer: CustomerServiceFacts } {
  const cycleOf = (iso: string) =>
    periodContaining(
      'cycle',
      new Date(iso),
      period.timeZone,
      period.rules.cycleStartDay,
    );
  const fromEntries = entryFacts(figures.entries.filter(counts), cycleOf);
  return {
    operational: {
      emergencies: emergencyFacts(period, figures),
      ...fromEntries.operational,
    },
    customer: {
      ...monthlyFacts(period, figures),
      satisfaction: [
        ...figures.dissatisfied.map(c => ({
          kind: c.unsatisfied
            ? ('unsatisfiedCallback' as const)
            : ('complaintAtCallback' as const),
          ref: ticketRef(c.ticketId, c.displayId),
          ticket: ticketRef(c.ticketId, c.displayId),
        })),
        ...fromEntries.satisfaction,
      ],
      ...fromEntries.customerService,
    },
  };
}

/** Each emergency's measures, with the corrections of its occurred-at beside them. */
function emergencyFacts(
  period: ReportPeriod,
  figures: ReportFigures,
): OperationalFacts['emergencies'] {
  const correctionsOf = new Map<string, EvidenceRef[]>();
  for (const c of figures.corrections) {
    const refs = correctionsOf.get(c.ticketId) ?? [];
    correctionsOf.set(c.ticketId, [...refs, correctionRef(c, period.timeZone)]);
  }
  const options = period.targets;
  return figures.emergencies.map(e => ({
    ticket: ticketRef(e.id, e.displayId),
    ...emergencyMinutes(e, options.dispatchCountsAsNotification, period.asOf),
    // A clock without its stop still runs: the deduction must not read "closed" or "answered".
    responseRunning: !clockStop(EMERGENCY_RESPONSE_CLOCK, e, options),
    closeRunning: !clockStop(EMERGENCY_CLOSE_CLOCK, e, options),
    corrections: correctionsOf.get(e.id) ?? [],
  }));
}

/** The month-by-month call and ticket figures of §7.4 items 1 and 2, with their late ones. */
function monthlyFacts(
  period: ReportPeriod,
  figures: ReportFigures,
): Pick<CustomerServiceFacts, 'calls' | 'tickets'> {
  const months = period.months.labels;
  return {
    calls: months.map((month, i) => ({
      month,
      ...figures.callsByMonth[i],
      late: figures.lateCallsByMonth[i].map(c => ({
        type: 'call',
        id: c.id,
        label: c.callId,
      })),
    })),
    tickets: months.map((month, i) => ({
      month,
      closed: figures.byMonth[i].closed.closed,
      timely: figures.byMonth[i].closed.timely,
      late: figures.lateTicketsByMonth[i].map(t =>
        ticketRef(t.id, t.displayId),
      ),
    })),
  };
}
