import { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import { ResponseError } from '@backstage/errors';
import {
  RosterSlot,
  RosterView,
  ShiftKind,
  Ticket,
  TicketAction,
  TicketEvent,
} from '@internal/plugin-service-desk-common';
import { waitFor } from '@testing-library/react';
import { DateTime } from 'luxon';
import { ServiceDeskApi, serviceDeskApiRef } from '../api/ServiceDeskApi';
import { rootRouteRef } from '../routes';
import { presentationOf } from './people';

/** The `serviceDesk` config the screens read, as in app-config.yaml (abridged). */
export const deskConfig = {
  serviceDesk: {
    timeZone: 'Asia/Shanghai',
    roles: {
      techSupport: ['group:default/tech-support'],
      projectManager: ['group:default/project-managers'],
      lead: ['user:default/gao.min'],
    },
    priority: {
      impacts: ['high', 'medium', 'low'],
      urgencies: ['high', 'medium', 'low'],
      matrix: {
        high: { high: 'P1', medium: 'P2', low: 'P3' },
        medium: { high: 'P2', medium: 'P3', low: 'P4' },
        low: { high: 'P3', medium: 'P4', low: 'P4' },
      },
    },
    categories: [
      {
        id: 'application',
        title: 'Application',
        children: [{ id: 'fault', title: 'Fault' }],
      },
      { id: 'other', title: 'Other' },
    ],
    phrases: [
      { situation: 'greeting', text: '您好！请问有什么可以帮您？' },
      { situation: 'closing', text: '{name}，非常感谢您的来电，再见！' },
    ],
    taboos: ['轻易打断客户说话'],
    hotline: { phone: '0731-85334136', hours: '7×24' },
  },
};

export const ticket = (extra: Partial<Ticket> = {}): Ticket => ({
  id: '7',
  displayId: 'SD-202611-00007',
  kind: 'incident',
  emergency: false,
  priority: 'P2',
  impact: 'high',
  urgency: 'medium',
  category: 'application/fault',
  title: 'SCADA 画面刷新延迟',
  description: 'Workstation 3 refreshes late',
  reporter: { name: '周欣', phone: '0571-8888 1234' },
  channel: 'phone',
  entityRef: 'component:default/ems-scada',
  acceptedAt: '2026-11-28T01:00:00.000Z',
  acceptedBy: 'user:default/li.na',
  state: 'with_pm',
  assigneeRef: 'user:default/zhang.wei',
  projectManagerRef: 'user:default/zhang.wei',
  routingSource: 'system_annotation',
  pmInvolved: true,
  version: 2,
  createdAt: '2026-11-28T01:00:00.000Z',
  updatedAt: '2026-11-28T01:10:00.000Z',
  ...extra,
});

export const events: TicketEvent[] = [
  {
    id: '1',
    ticketId: '7',
    seq: 1,
    action: 'open',
    actorRef: 'user:default/li.na',
    at: '2026-11-28T01:00:00.000Z',
    toState: 'new',
  },
  {
    id: '2',
    ticketId: '7',
    seq: 2,
    action: 'dispatch',
    actorRef: 'user:default/li.na',
    at: '2026-11-28T01:10:00.000Z',
    fromState: 'new',
    toState: 'with_pm',
    data: { assigneeRef: 'user:default/zhang.wei' },
  },
];

export function mockDeskApi(
  overrides: Partial<jest.Mocked<ServiceDeskApi>> = {},
): jest.Mocked<ServiceDeskApi> {
  return {
    getMe: jest
      .fn()
      .mockResolvedValue({ userRef: 'user:default/li.na', roles: ['agent'] }),
    listTicketAlerts: jest.fn().mockResolvedValue({ items: [] }),
    listAlertDeadLetters: jest.fn().mockResolvedValue({ items: [] }),
    getCallsToday: jest.fn().mockResolvedValue({
      answered: 40,
      inTime: 39,
      answerSeconds: 20,
      rate: 0.975,
    }),
    getRosterNow: jest.fn().mockResolvedValue({
      current: {
        date: '2026-11-30',
        kind: 'desk',
        start: '2026-11-30T00:00:00Z',
        end: '2026-11-30T10:00:00Z',
        people: ['user:default/li.na'],
        planned: true,
      },
      next: {
        date: '2026-11-30',
        kind: 'duty',
        start: '2026-11-30T10:00:00Z',
        end: '2026-12-01T00:00:00Z',
        people: ['user:default/chen.jie'],
        planned: true,
      },
    }),
    getRoster: jest.fn(),
    planRoster: jest.fn(),
    requestRosterChange: jest.fn(),
    listPendingRosterChanges: jest.fn().mockResolvedValue({ items: [] }),
    decideRosterChange: jest.fn(),
    listTickets: jest.fn().mockResolvedValue({ items: [], totalCount: 0 }),
    getTicket: jest.fn(),
    createTicket: jest.fn(),
    act: jest.fn(),
    previewRouting: jest.fn().mockResolvedValue({
      entityRef: 'component:default/ems-scada',
      projectManagerRef: 'user:default/zhang.wei',
      source: 'system_annotation',
      decidedBy: 'system:default/dispatch-automation',
      engineers: ['user:default/he.jun', 'user:default/ma.chao'],
    }),
    ...overrides,
  };
}

/** A refusal as the client throws it: a ResponseError over a Backstage error body. */
export function serverError(
  status: number,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        response: { statusCode: status },
      }),
      {
        status,
        headers: { 'Content-Type': 'application/json' },
      },
    ) as any,
  );
}

/**
 * The roster of from..to as the backend sends it, in Shanghai with winter hours: a desk slot
 * 08:00–18:00 on weekdays, a duty slot from the desk's close (08:00 at weekends) to 08:00 the next
 * day. `holder` names the planned holder of each slot, or leaves it unplanned.
 */
export function rosterView(
  from: string,
  to: string,
  holder: (date: string, kind: ShiftKind) => string | undefined = () =>
    undefined,
): RosterView {
  const slots: RosterSlot[] = [];
  for (
    let d = DateTime.fromISO(from, { zone: 'Asia/Shanghai' });
    d.toISODate()! <= to;
    d = d.plus({ days: 1 })
  ) {
    const date = d.toISODate()!;
    const at = (day: DateTime, hour: number) =>
      day.set({ hour }).toUTC().toISO()!;
    const slot = (kind: ShiftKind, start: string, end: string): RosterSlot => {
      const h = holder(date, kind);
      return {
        date,
        kind,
        start,
        end,
        holder: h,
        onDuty: h ? [{ userRef: h, start, end }] : [],
        changes: [],
      };
    };
    const workday = d.weekday <= 5;
    if (workday) slots.push(slot('desk', at(d, 8), at(d, 18)));
    slots.push(
      slot('duty', at(d, workday ? 18 : 8), at(d.plus({ days: 1 }), 8)),
    );
  }
  return {
    from,
    to,
    timeZone: 'Asia/Shanghai',
    slots,
    eligible: {
      desk: ['user:default/li.na', 'user:default/wang.fang'],
      duty: ['user:default/chen.jie', 'user:default/zhao.lei'],
    },
    rest: { maxContinuousHours: 16, minRestHours: 8 },
    adjacent: [],
    calendarGaps: [],
  };
}

export function withTicket(
  api: jest.Mocked<ServiceDeskApi>,
  t: Ticket,
  allowedActions: TicketAction[],
) {
  api.getTicket.mockResolvedValue({ ...t, events, allowedActions });
}

export function testApis(api: ServiceDeskApi, extraEntities: Entity[] = []) {
  const entities: Entity[] = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'ems-scada',
        namespace: 'default',
        title: 'EMS/SCADA',
      },
      spec: {},
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'zhou.xin', namespace: 'default' },
      spec: { profile: { displayName: '周欣 Zhou Xin' } },
    },
    ...extraEntities,
  ];
  return [
    [serviceDeskApiRef, api],
    [catalogApiRef, catalogApiMock({ entities })],
    // Tests that give people name them as the app's catalog presentation does.
    ...(extraEntities.length
      ? [[entityPresentationApiRef, presentationOf(entities)] as const]
      : []),
  ] as const;
}

/** Renders a screen of the desk in a test app with the desk mounted at /service-desk. */
export async function renderDesk(
  element: JSX.Element,
  api: ServiceDeskApi,
  options: {
    mountPath?: string;
    initialRouteEntries?: string[];
    signals?: SignalApi;
    /** More catalog entities than the service and the reporter (people to pick, say). */
    entities?: Entity[];
  } = {},
) {
  const { signals, entities, ...rest } = options;
  const result = renderInTestApp(element, {
    apis: [
      ...testApis(api, entities),
      ...(signals ? [[signalApiRef, signals] as const] : []),
    ] as any,
    mountedRoutes: {
      '/service-desk': convertLegacyRouteRef(rootRouteRef),
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
    config: deskConfig,
    ...rest,
  });
  // The screens load on mount. Waiting for the first render here lets the mocked answers land
  // inside waitFor's act() scope rather than in the caller's bare await, which React warns about.
  await waitFor(() => expect(result.container).not.toBeEmptyDOMElement());
  return result;
}
