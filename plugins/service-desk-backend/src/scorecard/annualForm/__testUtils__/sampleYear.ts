import {
  Appeal,
  EvidenceRef,
  PeriodStatistics,
  ScoreItem,
  ScoreLine,
  ScorecardReport,
} from '@internal/plugin-service-desk-common';

/**
 * A desk's year as the annual form receives it: sealed by the manager, one deduction taken back
 * by an accepted appeal, one appeal rejected and one still pending. The figures are the demo
 * desk's kind, small enough to check by hand.
 */

const ticket = (
  id: string,
  displayId: string,
  acceptedAt: string,
  closedAt?: string,
): EvidenceRef => ({
  type: 'ticket',
  id,
  label: displayId,
  details: {
    title: `ticket ${displayId}`,
    acceptedAt,
    ...(closedAt ? { closedAt } : {}),
    acceptedBy: 'user:default/desk.zhao',
  },
});

/** SD-202611-00042, accepted 2026-11-03 09:12 and closed 10:40 desk time (UTC+8). */
export const lateTicket = ticket(
  '42',
  'SD-202611-00042',
  '2026-11-03T01:12:00.000Z',
  '2026-11-03T02:40:00.000Z',
);
const openTicket = ticket('77', 'SD-202612-00077', '2026-12-18T06:05:00.000Z');
const permitEntry: EvidenceRef = {
  type: 'entry',
  id: '31',
  label: '10 月 9 日一级检修开工未报工',
};

/** The deduction the accepted appeal #12 took back: SD-202611-00042's late response. */
export const appealedLine: ScoreLine = {
  key: 'emergencyResponse:emergencyResponseLate:ticket-42',
  points: 2,
  reason: {
    code: 'emergencyResponseLate',
    params: { minutes: 16.746, limit: 15 },
  },
  evidence: [lateTicket],
};
const permitLine: ScoreLine = {
  key: 'permitFailures:permitFailure:entry-31',
  points: 5,
  reason: { code: 'permitFailure', params: {} },
  evidence: [permitEntry],
};

const item = (
  id: ScoreItem['id'],
  max: number,
  deductions: ScoreLine[] = [],
  more: Partial<ScoreItem> = {},
): ScoreItem => {
  const deducted = Math.min(
    max,
    deductions.reduce((sum, d) => sum + d.points, 0),
  );
  return {
    id,
    max,
    score: max - deducted,
    deducted,
    deductions,
    excluded: [],
    ...more,
  };
};

const operationalItems = [
  item('emergencyResponse', 20, [], {
    status: 'missed',
    adjustments: [
      {
        appealId: '12',
        deductionKey: appealedLine.key!,
        points: 2,
        reason: appealedLine.reason,
      },
    ],
  }),
  item('emergencyClose', 10, [
    {
      key: 'emergencyClose:emergencyCloseLate:ticket-77',
      points: 0.5,
      reason: {
        code: 'emergencyCloseLate',
        params: { minutes: 9660, limit: 60, running: 1 },
      },
      evidence: [openTicket],
    },
  ]),
  item('permitFailures', 40, [permitLine]),
  item('reportFailures', 10, [
    {
      key: 'reportFailures:reportFailuresInCycle:2026-08',
      points: 1,
      reason: {
        code: 'reportFailuresInCycle',
        params: { cycle: '2026-08', failures: 4, target: 3, groups: 1 },
      },
      evidence: [],
    },
  ]),
  item('eventResponseFailures', 20),
];

const customerItems = [
  item('answerRate', 10, [
    {
      key: 'answerRate:answerRateBelowThreshold@2026',
      points: 10,
      reason: {
        code: 'answerRateBelowThreshold',
        params: { hit: 1777, of: 2000, pointsBelow: 10, threshold: 0.99 },
      },
      evidence: [],
    },
  ]),
  item('resolutionRate', 10, [
    {
      key: 'resolutionRate:resolutionRateBelowThreshold:2026-11',
      points: 1,
      reason: {
        code: 'resolutionRateBelowThreshold',
        params: {
          hit: 95,
          of: 97,
          pointsBelow: 1,
          threshold: 0.99,
          month: '2026-11',
        },
      },
      evidence: [],
    },
  ]),
  item('satisfaction', 20, [
    {
      key: 'satisfaction:unsatisfiedCallback:ticket-58',
      points: 5,
      reason: { code: 'unsatisfiedCallback', params: {} },
      evidence: [
        ticket(
          '58',
          'SD-202609-00058',
          '2026-09-14T03:20:00.000Z',
          '2026-09-14T05:02:00.000Z',
        ),
      ],
    },
  ]),
  item('specialWork', 10),
  item('knowledgeBase', 10),
  item('securityChecks', 10),
];

const sum = (items: ScoreItem[], pick: (i: ScoreItem) => number) =>
  items.reduce((total, i) => total + pick(i), 0);

/** 8 of 9 timely, 1 of 16 closed of those accepted, 2 of 3 satisfied: 88.9, 6.3 and 66.7 %. */
export const november: PeriodStatistics = {
  closed: 9,
  timely: 8,
  timelinessRate: 8 / 9,
  accepted: 16,
  closedOfAccepted: 1,
  completionRate: 1 / 16,
  averageResolutionMinutes: 42.25,
  ratings: 3,
  satisfied: 2,
  satisfactionRate: 2 / 3,
};

const month = (i: number): PeriodStatistics & { label: string } => {
  const label = `2026-${String(i).padStart(2, '0')}`;
  if (i === 11) return { label, ...november };
  const accepted = 90 + i * 3;
  const closed = accepted - 2;
  const timely = closed - (i % 3);
  return {
    label,
    accepted,
    closed,
    timely,
    timelinessRate: timely / closed,
    closedOfAccepted: closed,
    completionRate: closed / accepted,
    averageResolutionMinutes: 35 + i * 1.5,
    ratings: 40 + i,
    satisfied: 40 + i - (i === 9 ? 1 : 0),
    satisfactionRate: (40 + i - (i === 9 ? 1 : 0)) / (40 + i),
  };
};

export const sampleMonths = Array.from({ length: 12 }, (_, i) => month(i + 1));

const appeal = (a: Partial<Appeal> & Pick<Appeal, 'id' | 'state'>): Appeal => ({
  kind: 'cycle',
  label: '2026-11',
  deductionKey: appealedLine.key!,
  itemId: 'emergencyResponse',
  points: appealedLine.points,
  deduction: appealedLine.reason,
  evidence: appealedLine.evidence,
  reason: '用户 09:27 已电话通知项目经理，见通话记录',
  evidenceLink: 'https://desk.example.com/calls/C-20261103-0117',
  filedBy: 'user:default/lead.wang',
  filedAt: '2026-11-22T01:30:00.000Z',
  ...a,
});

export const acceptedAppeal = appeal({
  id: '12',
  state: 'accepted',
  decidedBy: 'user:default/manager.li',
  decidedAt: '2026-11-24T06:00:00.000Z',
  decisionReason: '通话记录属实，通知在 15 分钟内',
});

export const rejectedAppeal = appeal({
  id: '13',
  kind: 'month',
  label: '2026-10',
  deductionKey: permitLine.key!,
  itemId: 'permitFailures',
  points: permitLine.points,
  deduction: permitLine.reason,
  evidence: permitLine.evidence,
  reason: '开工报工延迟系系统故障',
  evidenceLink: undefined,
  filedAt: '2026-10-28T08:15:00.000Z',
  state: 'rejected',
  decidedBy: 'user:default/manager.li',
  decidedAt: '2026-10-30T02:00:00.000Z',
  decisionReason: '未提供系统故障记录',
});

const operationalScore = sum(operationalItems, i => i.score);
const customerScore = sum(customerItems, i => i.score);

/** The year, sealed on 2027-01-05 10:30 desk time by the manager. */
export const sampleYear: ScorecardReport = {
  period: {
    kind: 'year',
    label: '2026',
    start: '2025-12-31T16:00:00.000Z',
    end: '2026-12-31T16:00:00.000Z',
    timeZone: 'Asia/Shanghai',
  },
  ruleSetYear: 2026,
  ruleSetVersion: '2026',
  basis: 'sealed',
  close: {
    status: 'sealed',
    seal: {
      id: '3',
      requestId: '5',
      kind: 'year',
      label: '2026',
      ruleSetVersion: '2026',
      submittedBy: 'user:default/lead.wang',
      sealedBy: 'user:default/manager.li',
      sealedAt: '2027-01-05T02:30:00.000Z',
    },
    earlierSeals: [],
    appealsUntil: '2027-01-15T02:30:00.000Z',
  },
  appeals: [acceptedAppeal, rejectedAppeal],
  statistics: {
    closed: 1180,
    timely: 1166,
    timelinessRate: 1166 / 1180,
    accepted: 1200,
    closedOfAccepted: 1178,
    completionRate: 1178 / 1200,
    averageResolutionMinutes: 44.6,
    ratings: 560,
    satisfied: 554,
    satisfactionRate: 554 / 560,
  },
  serviceLevels: [
    {
      id: 'phoneAnswerRate',
      target: { comparison: 'atLeast', value: 0.99, unit: 'ratio' },
      measured: 1777 / 2000,
      counts: { hit: 1777, of: 2000 },
      status: 'missed',
      evidence: [],
    },
    {
      id: 'timelyProcessingRate',
      target: { comparison: 'atLeast', value: 0.99, unit: 'ratio' },
      measured: 1166 / 1180,
      counts: { hit: 1166, of: 1180 },
      status: 'missed',
      evidence: [],
    },
    {
      id: 'emergencyResponse',
      target: { comparison: 'atMost', value: 15, unit: 'minutes' },
      measured: 16.746,
      counts: { hit: 5, of: 6 },
      status: 'missed',
      evidence: [lateTicket],
    },
    {
      id: 'reportFailures',
      target: { comparison: 'atMost', value: 3, unit: 'countPerCycle' },
      measured: 4,
      cycles: [
        { cycle: '2026-08', count: 4, status: 'missed' },
        { cycle: '2026-10', count: 1, status: 'met' },
      ],
      status: 'missed',
      evidence: [],
    },
    {
      id: 'qualificationRate',
      target: { comparison: 'atLeast', value: 1, unit: 'ratio' },
      counts: { hit: 0, of: 0 },
      status: 'noData',
      evidence: [],
    },
  ],
  operational: {
    items: operationalItems,
    maximum: 100,
    itemsScore: operationalScore,
    total: operationalScore,
    percentage: operationalScore,
    escalations: [],
  },
  customerService: {
    items: customerItems,
    maximum: 70,
    itemsScore: customerScore,
    opsSecurity: { deducted: 0, deductions: [] },
    bonus: {
      max: 20,
      score: 5,
      additions: [
        {
          points: 5,
          reason: { code: 'bonusBestPractice', params: {} },
          evidence: [{ type: 'entry', id: '40', label: '值班台交接班经验' }],
        },
      ],
    },
    total: customerScore + 5,
    percentage: ((customerScore + 5) / 70) * 100,
    escalations: [],
  },
  kpi: [
    {
      id: 'dispatchSuccessRate',
      period: '2026-Q4',
      target: { comparison: 'atLeast', value: 0.95, unit: 'ratio' },
      measured: 33 / 34,
      counts: { hit: 33, of: 34 },
      status: 'met',
      evidence: [],
    },
    {
      id: 'callbackRate',
      period: '2026-H2',
      target: { comparison: 'atLeast', value: 0.98, unit: 'ratio' },
      measured: 590 / 610,
      counts: { hit: 590, of: 610 },
      status: 'missed',
      evidence: [],
    },
  ],
};
