import { changedFigures, reportFigureList } from './figureChanges';
import { ScorecardReport } from './report';
import { regulationRuleSet } from './ruleSets';
import { scoreOperational } from './operational';
import { scoreCustomerService } from './customerService';
import {
  NO_CUSTOMER_FACTS,
  NO_OPERATIONAL_FACTS,
  entry,
  ticket,
} from './testRefs';

const rules = regulationRuleSet(2026);
const none = NO_OPERATIONAL_FACTS;
const customer = scoreCustomerService(NO_CUSTOMER_FACTS, rules);

function report(over: Partial<ScorecardReport>): ScorecardReport {
  return {
    period: {
      kind: 'cycle',
      label: '2026-11',
      start: '2026-10-20T16:00:00.000Z',
      end: '2026-11-20T16:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    },
    ruleSetYear: 2026,
    ruleSetVersion: '2026',
    statistics: {
      closed: 1,
      timely: 1,
      accepted: 2,
      closedOfAccepted: 1,
      completionRate: 0.5,
      ratings: 0,
      satisfied: 0,
    },
    serviceLevels: [],
    operational: scoreOperational(none, rules),
    customerService: customer,
    kpi: [],
    ...over,
  };
}

describe('changedFigures', () => {
  it('finds nothing between a report and itself', () => {
    const r = report({});
    expect(reportFigureList(r).length).toBeGreaterThan(10);
    expect(changedFigures(r, r)).toEqual([]);
  });

  it('lists a moved rate as counted over the period, and a new deduction with its record', () => {
    const sealed = report({});
    const live = report({
      statistics: {
        ...sealed.statistics,
        closedOfAccepted: 2,
        completionRate: 1,
      },
      operational: scoreOperational(
        { ...none, permitFailures: [{ ref: entry('e9'), ticket: ticket(4) }] },
        rules,
      ),
    });
    const changes = changedFigures(sealed, live);
    expect(changes.map(c => c.figure)).toEqual([
      'statistics.closedOfAccepted',
      'statistics.completionRate',
      'operational.permitFailures',
      'operational.total',
    ]);
    expect(changes[1]).toMatchObject({
      sealed: 0.5,
      live: 1,
      wholePeriod: true,
      evidence: [],
    });
    expect(changes[2]).toMatchObject({
      sealed: 40,
      live: 35,
      wholePeriod: false,
      evidence: [entry('e9'), ticket(4)],
    });
    expect(changes[3]).toMatchObject({ sealed: 100, live: 95 });
  });

  it('finds no change in a rate that had no value then and has none now', () => {
    const sealed = report({});
    // As stored: JSON leaves out the rates without a value.
    const stored = JSON.parse(
      JSON.stringify({
        ...sealed,
        statistics: { ...sealed.statistics, satisfactionRate: undefined },
      }),
    );
    const live = report({
      statistics: { ...sealed.statistics, satisfactionRate: undefined },
    });
    expect(changedFigures(stored, live)).toEqual([]);
  });

  it('reads a figure that appeared or vanished as null on the other side', () => {
    const sealed = report({});
    const { completionRate: _gone, ...statistics } = sealed.statistics;
    const changes = changedFigures(sealed, report({ statistics }));
    expect(changes).toEqual([
      expect.objectContaining({
        figure: 'statistics.completionRate',
        sealed: 0.5,
        live: null,
      }),
    ]);
  });
});
