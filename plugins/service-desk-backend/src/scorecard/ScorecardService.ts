import { InputError } from '@backstage/errors';
import {
  CustomerServiceFacts,
  EvidenceRef,
  AssessmentEntry,
  OperationalFacts,
  PeriodStatistics,
  ScorecardReport,
  PeriodKind,
  RuleSet,
  kpiTable,
  monthsOf,
  periodContaining,
  periodRange,
  periodsOfYear,
  ruleSetFor,
  emergencyMinutes,
  scoreCustomerService,
  scoreOperational,
  slaTable,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { AssessmentStore } from '../database/AssessmentStore';
import { callFigures, lateCalls } from '../database/metrics/callFigures';
import {
  RatingFigures,
  dispatchFigures,
  dissatisfiedCallbacks,
  emergenciesAccepted,
  occurredAtCorrections,
  ratingFigures,
} from '../database/metrics/eventFigures';
import {
  AcceptedFigures,
  ClosedFigures,
  acceptedFigures,
  closedFigures,
  lateClosedTickets,
} from '../database/metrics/ticketFigures';
import { entryFacts } from './entryFacts';

/** Evidence lists are bounded so that a year at a national desk still answers quickly. */
const EVIDENCE_LIMIT = 200;
const MINUTE = 60_000;

const ratio = (hit: number, of: number) => (of ? hit / of : undefined);

/**
 * The scorecards of SPEC §7 for one period: figures aggregated in SQL, facts handed to the pure
 * scoring rules of the common package, under the rule set of the period's year.
 */
export class ScorecardService {
  constructor(
    private readonly db: Knex,
    private readonly entries: AssessmentStore,
    private readonly timeZone: string,
    private readonly ruleSets: RuleSet[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  rulesFor(
    kind: PeriodKind,
    label: string,
  ): { rules: RuleSet; start: number; end: number } {
    // A label that does not name a period of its kind, or a year before every rule set, is the
    // caller's mistake: 400, not 500.
    try {
      const rules = ruleSetFor(Number(label.slice(0, 4)), this.ruleSets);
      const range = periodRange(
        kind,
        label,
        this.timeZone,
        rules.cycleStartDay,
      );
      return { rules, start: range.start.getTime(), end: range.end.getTime() };
    } catch (e) {
      throw new InputError(`period: ${(e as Error).message}`);
    }
  }

  async statistics(kind: PeriodKind, label: string): Promise<PeriodStatistics> {
    const { rules, start, end } = this.rulesFor(kind, label);
    const [[closed], [accepted], [ratings]] = await Promise.all([
      closedFigures(
        this.db,
        [start, end],
        rules.targets.timelyHandlingMinutes * MINUTE,
      ),
      acceptedFigures(this.db, [start, end]),
      ratingFigures(this.db, [start, end]),
    ]);
    return statisticsFrom(closed, accepted, ratings);
  }

  /** Today's answered calls and those answered in time, for the desk page (§7.4 item 1). */
  async callsToday() {
    const start = DateTime.now().setZone(this.timeZone).startOf('day');
    const { rules } = this.rulesFor('year', String(start.year));
    const [today] = await callFigures(
      this.db,
      [start.toMillis(), start.plus({ days: 1 }).toMillis()],
      rules.targets.answerSeconds * 1000,
    );
    return {
      ...today,
      answerSeconds: rules.targets.answerSeconds,
      rate: ratio(today.inTime, today.answered),
    };
  }

  /** The §6 statistics of every period of a year, for trend charts and the annual form. */
  async series(kind: PeriodKind, year: number) {
    return Promise.all(
      periodsOfYear(kind, year).map(async label => ({
        label,
        ...(await this.statistics(kind, label)),
      })),
    );
  }

  async report(kind: PeriodKind, label: string): Promise<ScorecardReport> {
    const { rules, start, end } = this.rulesFor(kind, label);
    const range = { start: new Date(start), end: new Date(end) };
    const months = monthsOf(range, this.timeZone);
    const monthBounds = [
      start,
      ...months.slice(1).map(m => this.startOf('month', m)),
      end,
    ];
    const timelyMs = rules.targets.timelyHandlingMinutes * MINUTE;
    const answerMs = rules.targets.answerSeconds * 1000;
    const asOf = Math.min(this.now().getTime(), end);

    const [
      [accepted],
      [ratings],
      closedByMonth,
      callsByMonth,
      emergencies,
      corrections,
      dissatisfied,
      entries,
      dispatches,
      callbacks,
    ] = await Promise.all([
      acceptedFigures(this.db, [start, end]),
      ratingFigures(this.db, [start, end]),
      closedFigures(this.db, monthBounds, timelyMs),
      callFigures(this.db, monthBounds, answerMs),
      emergenciesAccepted(this.db, start, end),
      occurredAtCorrections(this.db, start, end),
      dissatisfiedCallbacks(this.db, start, end),
      this.entries.list({ from: start, to: end }),
      this.bucketed('quarter', start, end, b => dispatchFigures(this.db, b)),
      this.bucketed('half', start, end, b => acceptedFigures(this.db, b)),
    ]);

    const late = await Promise.all(
      months.map((_, i) =>
        Promise.all([
          lateClosedTickets(
            this.db,
            monthBounds[i],
            monthBounds[i + 1],
            timelyMs,
            EVIDENCE_LIMIT,
          ),
          lateCalls(
            this.db,
            monthBounds[i],
            monthBounds[i + 1],
            answerMs,
            EVIDENCE_LIMIT,
          ),
        ]),
      ),
    );

    const cycleOf = (iso: string) =>
      periodContaining(
        'cycle',
        new Date(iso),
        this.timeZone,
        rules.cycleStartDay,
      );
    const fromEntries = entryFacts(entries.filter(counts), cycleOf);
    const correctionsOf = new Map<string, EvidenceRef[]>();
    for (const c of corrections) {
      const refs = correctionsOf.get(c.ticketId) ?? [];
      correctionsOf.set(c.ticketId, [...refs, this.correctionRef(c)]);
    }
    const operational: OperationalFacts = {
      emergencies: emergencies.map(e => ({
        ticket: ticketRef(e.id, e.displayId),
        ...emergencyMinutes(
          e,
          rules.options.dispatchCountsAsNotification ?? false,
          new Date(asOf),
        ),
        corrections: correctionsOf.get(e.id) ?? [],
      })),
      ...fromEntries.operational,
    };
    const customer: CustomerServiceFacts = {
      calls: months.map((month, i) => ({
        month,
        ...callsByMonth[i],
        late: late[i][1].map(c => ({
          type: 'call',
          id: c.id,
          label: c.callId,
        })),
      })),
      tickets: months.map((month, i) => ({
        month,
        closed: closedByMonth[i].closed,
        timely: closedByMonth[i].timely,
        late: late[i][0].map(t => ticketRef(t.id, t.displayId)),
      })),
      satisfaction: [
        ...dissatisfied.map(c => ({
          kind: c.unsatisfied
            ? ('unsatisfiedCallback' as const)
            : ('complaintAtCallback' as const),
          ref: ticketRef(c.ticketId, c.displayId),
          ticket: ticketRef(c.ticketId, c.displayId),
        })),
        ...fromEntries.satisfaction,
      ],
      ...fromEntries.customerService,
    };
    const sum = <T>(xs: T[], f: (x: T) => number) =>
      xs.reduce((a, x) => a + f(x), 0);
    // The period's closed figures are the sum of its months': no second query over the same rows.
    const statistics = statisticsFrom(
      {
        closed: sum(closedByMonth, m => m.closed),
        timely: sum(closedByMonth, m => m.timely),
        resolutionMsTotal: sum(closedByMonth, m => m.resolutionMsTotal),
      },
      accepted,
      ratings,
    );
    const allDispatches = dispatches.flatMap(d => d.figures);

    return {
      period: {
        kind,
        label,
        start: range.start.toISOString(),
        end: range.end.toISOString(),
        timeZone: this.timeZone,
      },
      ruleSetYear: rules.year,
      statistics,
      serviceLevels: slaTable(
        {
          ...operational,
          calls: {
            answered: sum(callsByMonth, c => c.answered),
            inTime: sum(callsByMonth, c => c.inTime),
          },
          tickets: { closed: statistics.closed, timely: statistics.timely },
          ratings: {
            rated: statistics.ratings,
            notUnsatisfied: statistics.satisfied,
          },
          dispatches: {
            dispatched: sum(allDispatches, d => d.dispatches),
            qualified: sum(allDispatches, d => d.dispatches - d.unclear),
          },
        },
        rules,
      ),
      operational: scoreOperational(operational, rules),
      customerService: scoreCustomerService(customer, rules),
      kpi: kpiTable(
        {
          dispatches: dispatches.map(q => ({
            quarter: q.label,
            dispatched: sum(q.figures, d => d.dispatches),
            successful: sum(q.figures, d => d.dispatches - d.rejected),
          })),
          callbacks: callbacks.map(h => ({
            half: h.label,
            accepted: sum(h.figures, a => a.accepted),
            calledBack: sum(h.figures, a => a.calledBack),
          })),
        },
        rules,
      ),
    };
  }

  /** Figures for each quarter or half-year that overlaps [start, end), over the whole of it. */
  private async bucketed<T>(
    kind: 'quarter' | 'half',
    start: number,
    end: number,
    query: (boundaries: number[]) => Promise<T[]>,
  ) {
    const labels: string[] = [];
    for (let t = start; t < end; ) {
      const label = periodContaining(kind, new Date(t), this.timeZone);
      labels.push(label);
      t = periodRange(kind, label, this.timeZone).end.getTime();
    }
    return Promise.all(
      labels.map(async label => {
        const r = periodRange(kind, label, this.timeZone);
        return {
          label,
          figures: await query([r.start.getTime(), r.end.getTime()]),
        };
      }),
    );
  }

  /** A correction as evidence: the ticket, the times in the desk's zone, who and why. */
  private correctionRef(
    c: Awaited<ReturnType<typeof occurredAtCorrections>>[number],
  ): EvidenceRef {
    const local = (iso?: string) =>
      iso
        ? DateTime.fromISO(iso, { zone: this.timeZone }).toFormat(
            'yyyy-MM-dd HH:mm',
          )
        : '—';
    const who = c.actorRef.replace(/^user:default\//, '');
    return {
      type: 'correction',
      id: c.eventId,
      ticketId: c.ticketId,
      label: `${c.displayId} occurred-at ${local(
        c.previousOccurredAt,
      )} → ${local(c.occurredAt)} (${who}, ${local(c.at)}: ${c.reason})`,
    };
  }

  private startOf(kind: PeriodKind, label: string) {
    return periodRange(kind, label, this.timeZone).start.getTime();
  }
}

function statisticsFrom(
  closed: ClosedFigures,
  accepted: AcceptedFigures,
  ratings: RatingFigures,
): PeriodStatistics {
  return {
    closed: closed.closed,
    timely: closed.timely,
    timelinessRate: ratio(closed.timely, closed.closed),
    accepted: accepted.accepted,
    closedOfAccepted: accepted.closed,
    completionRate: ratio(accepted.closed, accepted.accepted),
    averageResolutionMinutes: closed.closed
      ? closed.resolutionMsTotal / closed.closed / MINUTE
      : undefined,
    ratings: ratings.ratings,
    satisfied: ratings.satisfied,
    satisfactionRate: ratio(ratings.satisfied, ratings.ratings),
  };
}

/** Voided entries and the voiding corrections themselves count for nothing. */
function counts(entry: AssessmentEntry) {
  return !entry.voidedById && entry.kind !== 'void';
}

function ticketRef(id: string, displayId: string): EvidenceRef {
  return { type: 'ticket', id, label: displayId };
}
