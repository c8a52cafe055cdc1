import {
  PeriodStatistics,
  ScorecardReport,
  kpiTable,
  scoreCustomerService,
  scoreOperational,
  slaTable,
  withDeductionKeys,
} from '@internal/plugin-service-desk-common';
import { setImmediate as nextTurn } from 'timers/promises';
import { ReportFigures, ReportPeriod } from './reportFigures';
import { scoringFacts } from './reportFacts';
import { statisticsFrom, sum, totalOf } from './statistics';

/**
 * The scorecards of SPEC §7 for a period, from the figures read for it. A year at a national
 * desk scores tens of thousands of lines: the event loop gets a turn between the stages, so the
 * other requests of the process are not held for the whole of it.
 */
export async function buildReport(
  period: ReportPeriod,
  figures: ReportFigures,
): Promise<ScorecardReport> {
  const { rules } = period;
  const { operational, customer } = scoringFacts(period, figures);
  await nextTurn();
  // The period's figures are the sum of its months': no second query over the same rows.
  const statistics = statisticsFrom(totalOf(figures.byMonth));
  const serviceLevels = slaTable(
    { ...operational, ...serviceLevelFacts(figures, statistics) },
    rules,
  );
  await nextTurn();
  // Named deductions, so that an appeal of one finds it in every report that holds it.
  const operationalCard = withDeductionKeys(
    scoreOperational(operational, rules),
    period.label,
  );
  await nextTurn();
  const customerServiceCard = withDeductionKeys(
    scoreCustomerService(customer, rules),
    period.label,
  );
  await nextTurn();
  return {
    period: {
      kind: period.kind,
      label: period.label,
      start: new Date(period.start).toISOString(),
      end: new Date(period.end).toISOString(),
      timeZone: period.timeZone,
    },
    ruleSetYear: rules.year,
    ruleSetVersion: rules.version ?? String(rules.year),
    statistics,
    serviceLevels,
    operational: operationalCard,
    customerService: customerServiceCard,
    kpi: kpiTable(kpiFacts(period, figures), rules),
  };
}

/** The counted measures of the §7.1 table beside the operational facts, all the period's own. */
function serviceLevelFacts(
  figures: ReportFigures,
  statistics: PeriodStatistics,
) {
  const { dispatches } = figures;
  return {
    calls: {
      answered: sum(figures.callsByMonth, c => c.answered),
      inTime: sum(figures.callsByMonth, c => c.inTime),
    },
    tickets: { closed: statistics.closed, timely: statistics.timely },
    ratings: {
      rated: statistics.ratings,
      notUnsatisfied: statistics.satisfied,
    },
    dispatches: {
      dispatched: dispatches.dispatches,
      qualified: dispatches.dispatches - dispatches.unclear,
    },
  };
}

/** §9: dispatch success per quarter, callbacks per half-year. */
function kpiFacts(period: ReportPeriod, figures: ReportFigures) {
  return {
    dispatches: figures.dispatchesByQuarter.map((d, i) => ({
      quarter: period.quarters.labels[i],
      dispatched: d.dispatches,
      successful: d.dispatches - d.rejected,
    })),
    callbacks: figures.callbacksByHalf.map((h, i) => ({
      half: period.halves.labels[i],
      accepted: h.accepted,
      calledBack: h.calledBack,
    })),
  };
}
