import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { appLanguageApiRef } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { waitFor } from '@testing-library/react';
import {
  EntityPresentationApi,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import {
  CustomerServiceFacts,
  EvidenceRef,
  OperationalFacts,
  PeriodKind,
  kpiTable,
  periodsOfYear,
  regulationRuleSet,
  scoreCustomerService,
  scoreOperational,
  slaTable,
  withDeductionKeys,
} from '@internal/plugin-service-desk-common';
import { ScorecardApi, scorecardApiRef } from '../api/ScorecardApi';
import { AssessmentEntry, ScorecardReport, StatisticsRow } from '../api/types';
import { rootRouteRef } from '../routes';

/** The `serviceDesk` config the page reads, as in app-config.yaml (abridged). */
export const deskConfig = {
  serviceDesk: {
    timeZone: 'Asia/Shanghai',
    ruleSets: [{ year: 2026, cycleStartDay: 21 }],
  },
};

const ticket = (n: number): EvidenceRef => ({
  type: 'ticket',
  id: String(n),
  label: `SD-202611-0000${n}`,
});
const entry = (id: number, label = 'recorded for the test'): EvidenceRef => ({
  type: 'entry',
  id: String(id),
  label,
});
const call = (n: number): EvidenceRef => ({
  type: 'call',
  id: String(100 + n),
  label: `C${n}`,
});

// The tickets of the backend's scorecard test (scorecard.test.ts): T1…T3, the emergencies E1 and
// E2, T6 (unsatisfied callback) and T7 (dispatch rejected as unclear).
const E1 = ticket(4);
const T2 = ticket(2);
const T6 = ticket(6);

const operationalFacts: OperationalFacts = {
  emergencies: [
    { ticket: E1, responseMinutes: 20, closeMinutes: 85 },
    { ticket: ticket(5), responseMinutes: 10, closeMinutes: 48 },
  ],
  permitFailures: [{ ref: entry(1) }],
  reportFailures: [2, 3, 4, 5].map(id => ({
    ref: entry(id),
    cycle: '2026-11',
  })),
  eventResponseFailures: [{ ref: entry(6), ticket: E1, cycle: '2026-11' }],
};

const customerFacts = (
  extra: Partial<CustomerServiceFacts> = {},
): CustomerServiceFacts => ({
  calls: [
    {
      month: '2026-11',
      answered: 100,
      inTime: 97,
      late: [call(0), call(1), call(2)],
    },
  ],
  tickets: [{ month: '2026-11', closed: 6, timely: 5, late: [T2] }],
  satisfaction: [
    { kind: 'unsatisfiedCallback', ref: T6, ticket: T6 },
    { kind: 'deskComplaint', ref: entry(12) },
  ],
  specialWork: [{ ref: entry(7), grade: 'onTimePoor' }],
  knowledgeBase: [{ ref: entry(8), grade: 'missingOrPoor' }],
  securityChecks: [{ ref: entry(9), kind: 'notDone' }],
  opsSecurity: [{ ref: entry(10), kind: 'noNda', persons: 2 }],
  bonus: [{ kind: 'bestPractice', ref: entry(11) }],
  ...extra,
});

/**
 * November 2026 as the backend computes it in scorecard.test.ts: operational 92 of 100, customer
 * service 33 of 70. Scored here by the same pure rules of the common package, from the same
 * facts, so the fixture cannot drift from what the backend sends; every deduction named by its
 * key, as the backend names it for appeals.
 */
export function novemberReport(
  extra: Partial<CustomerServiceFacts> = {},
): ScorecardReport {
  const rules = regulationRuleSet(2026);
  return {
    period: {
      kind: 'month',
      label: '2026-11',
      start: '2026-10-31T16:00:00.000Z',
      end: '2026-11-30T16:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    },
    ruleSetYear: 2026,
    ruleSetVersion: '2026',
    statistics: {
      closed: 6,
      timely: 5,
      timelinessRate: 5 / 6,
      accepted: 7,
      closedOfAccepted: 6,
      completionRate: 6 / 7,
      averageResolutionMinutes: 403.5,
      ratings: 7,
      satisfied: 6,
      satisfactionRate: 6 / 7,
    },
    serviceLevels: slaTable(
      {
        ...operationalFacts,
        calls: { answered: 100, inTime: 97 },
        tickets: { closed: 6, timely: 5 },
        ratings: { rated: 7, notUnsatisfied: 6 },
        dispatches: { dispatched: 7, qualified: 6 },
      },
      rules,
    ),
    operational: withDeductionKeys(
      scoreOperational(operationalFacts, rules),
      '2026-11',
    ),
    customerService: withDeductionKeys(
      scoreCustomerService(customerFacts(extra), rules),
      '2026-11',
    ),
    kpi: kpiTable(
      {
        dispatches: [{ quarter: '2026-Q4', dispatched: 7, successful: 6 }],
        callbacks: [{ half: '2026-H2', accepted: 7, calledBack: 6 }],
      },
      rules,
    ),
  };
}

/** The report with a leak recorded, which goes to the ICT department instead of deducting. */
export const reportWithLeak = () =>
  novemberReport({
    opsSecurity: [
      { ref: entry(10), kind: 'noNda', persons: 2 },
      {
        ref: entry(15, '外发设计文档 design documents sent out'),
        kind: 'leak',
      },
    ],
  });

/** The periods of a kind in a year, as GET /statistics answers: only November has tickets. */
export function seriesOf(kind: PeriodKind, year: number): StatisticsRow[] {
  const empty = {
    closed: 0,
    timely: 0,
    accepted: 0,
    closedOfAccepted: 0,
    ratings: 0,
    satisfied: 0,
  };
  return periodsOfYear(kind, year).map(label =>
    label === `${year}-11` && kind === 'month'
      ? { label, ...novemberReport().statistics }
      : { label, ...empty },
  );
}

const recorded = (
  id: number,
  kind: string,
  extra: Partial<AssessmentEntry> = {},
): AssessmentEntry => ({
  id: String(id),
  kind,
  occurredAt: '2026-11-05T03:00:00.000Z',
  description: 'recorded for the test',
  recordedBy: 'user:default/huang.wei',
  recordedAt: '2026-11-28T02:00:00.000Z',
  ...extra,
});

/** Entries of November, with a permit failure recorded by mistake and voided. */
export const novemberEntries: AssessmentEntry[] = [
  recorded(1, 'permit_failure'),
  recorded(7, 'special_work', {
    grade: 'on_time_poor',
    description: '迎峰度夏保障 Summer peak support',
  }),
  recorded(10, 'ops_security', { grade: 'no_nda', persons: 2 }),
  recorded(13, 'permit_failure', {
    description: 'recorded by mistake',
    voidedById: '14',
  }),
  recorded(14, 'void', { voidsId: '13', description: 'wrong day' }),
];

export function mockScorecardApi(
  overrides: Partial<jest.Mocked<ScorecardApi>> = {},
  roles: string[] = ['manager'],
): jest.Mocked<ScorecardApi> {
  return {
    getMe: jest
      .fn()
      .mockResolvedValue({ userRef: 'user:default/huang.wei', roles }),
    getScorecard: jest.fn().mockResolvedValue(novemberReport()),
    getStatistics: jest.fn(async (kind: PeriodKind, year: number) => ({
      items: seriesOf(kind, year),
    })),
    downloadAnnualWorkbook: jest.fn().mockResolvedValue({
      blob: new Blob(['xlsx'], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
      filename: '2026年度服务台考核表.xlsx',
    }),
    listAssessmentEntries: jest
      .fn()
      .mockResolvedValue({ items: novemberEntries }),
    createAssessmentEntry: jest.fn(),
    findTicket: jest.fn().mockResolvedValue(undefined),
    submitForSealing: jest.fn(),
    decideSealing: jest.fn(),
    unseal: jest.fn(),
    fileAppeal: jest.fn(),
    decideAppeal: jest.fn(),
    listAppeals: jest.fn().mockResolvedValue({ items: [] }),
    ...overrides,
  };
}

/** The catalog's display names of the people in these fixtures (the ref stays the secondary title). */
const DISPLAY_NAMES: Record<string, string> = {
  'user:default/huang.wei': '黄伟',
  'user:default/li.na': '李娜',
  'user:default/zhang.wei': '张伟',
};

const presentation: EntityPresentationApi = {
  forEntity(entityOrRef) {
    const ref = String(entityOrRef);
    const snapshot = {
      entityRef: ref,
      primaryTitle: DISPLAY_NAMES[ref] ?? ref,
      secondaryTitle: ref,
    };
    return { snapshot, promise: Promise.resolve(snapshot) };
  },
};

/** The app's language fixed at one: the page's words and what it asks the backend for follow it. */
function languageApi(language: string) {
  return {
    getLanguage: () => ({ language }),
    getAvailableLanguages: () => ({ languages: ['en', 'zh-CN'] }),
    setLanguage: () => {},
    language$: () => ({ subscribe: () => ({ unsubscribe: () => {} }) }),
  };
}

interface RenderOptions {
  initialRouteEntries?: string[];
  /** The app's current language, where a screen asks for it (the test app's is English). */
  language?: string;
}

/** Renders a screen of the scorecard in a test app, the page mounted at /scorecard. */
export function renderScorecard(
  element: JSX.Element,
  api: ScorecardApi,
  { language, ...options }: RenderOptions = {},
) {
  return renderInTestApp(element, {
    apis: [
      [scorecardApiRef, api],
      [entityPresentationApiRef, presentation],
      ...(language ? [[appLanguageApiRef, languageApi(language)]] : []),
    ] as any,
    mountedRoutes: { '/scorecard': convertLegacyRouteRef(rootRouteRef) },
    config: deskConfig,
    ...options,
  });
}

/**
 * Renders the scorecard view (page or tab) and waits until every answer of the mocked backend
 * reached the screen. The view asks in steps (the report, then its entries; the series and the
 * user's roles beside it), and an answer landing between two steps of a test would update it
 * outside act.
 */
export async function renderScorecardView(
  element: JSX.Element,
  api: jest.Mocked<ScorecardApi>,
  options: RenderOptions = {},
) {
  const rendered = renderScorecard(element, api, options);
  const answers = () =>
    Object.values(api).flatMap((fn: jest.Mock) =>
      fn.mock.results.map(r => r.value),
    );
  let seen = -1;
  await waitFor(
    async () => {
      expect(api.getScorecard).toHaveBeenCalled();
      const given = answers();
      await Promise.allSettled(given);
      // An answer can lead to another question (the report's period to its entries): settled
      // once a second look finds no new one.
      const stable = given.length === seen && answers().length === seen;
      seen = given.length;
      expect(stable).toBe(true);
    },
    // Rendering every table takes seconds on the shared 2-core machine.
    { timeout: 15_000 },
  );
  return rendered;
}

/** Captures what saveBlob hands the browser, since jsdom has no object URLs. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  (URL as any).createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  (URL as any).revokeObjectURL = jest.fn();
  const click = jest
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function recordDownload(this: HTMLAnchorElement) {
      names.push(this.download);
    });
  return {
    blobs,
    names,
    text: (i: number) => blobs[i].text(),
    restore: () => click.mockRestore(),
  };
}
