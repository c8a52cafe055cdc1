import { mockServices } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { RosterChange, Ticket } from '@internal/plugin-service-desk-common';
import { DeskNotifier } from './DeskNotifier';

const PM = 'user:default/sun.li';
const AGENT = 'user:default/li.na';
const actor = { userRef: AGENT, roles: new Set(['agent'] as const) };

const ticket = {
  id: '42',
  displayId: 'SD-202612-00042',
  title: '主站通道中断',
  emergency: true,
  entityRef: 'component:default/ems-scada',
  projectManagerRef: PM,
  pmInvolved: true,
  reporter: { name: '周欣' },
  acceptedBy: AGENT,
  acceptedAt: '2026-12-01T18:40:00.000Z',
  occurredAt: '2026-12-01T18:38:00.000Z',
  updatedAt: '2026-12-01T18:48:00.000Z',
} as unknown as Ticket;

function notifier(options: {
  send?: NotificationService['send'];
  catalog?: CatalogService;
  onDuty?: () => Promise<{ people: string[] }>;
}) {
  const logger = mockServices.logger.mock();
  const sent: NotificationSendOptions[] = [];
  const desk = new DeskNotifier({
    notifications: { send: options.send ?? (async n => void sent.push(n)) },
    catalog: options.catalog ?? catalogServiceMock({ entities: [] }),
    auth: mockServices.auth(),
    roster: { onDutyAt: options.onDuty ?? (async () => ({ people: [] })) },
    roles: { lead: ['group:default/desk-leads'] },
    language: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    logger,
  });
  return { desk, sent, logger };
}

describe('DeskNotifier', () => {
  it('throws when sending fails, for the outbox to try again', async () => {
    const { desk } = notifier({
      send: async () => {
        throw new Error('notifications backend down');
      },
    });
    await expect(
      desk.afterAction(ticket, { action: 'dispatch' }, actor),
    ).rejects.toThrow('notifications backend down');
    await expect(desk.newEmergency(ticket)).rejects.toThrow(
      'notifications backend down',
    );
  });

  it('falls back to login ids when the catalog cannot be read', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async () => {
        throw new Error('catalog unavailable');
      },
    });
    const { desk, sent } = notifier({ catalog });
    await desk.afterAction(ticket, { action: 'dispatch' }, actor);
    expect(sent.map(n => n.payload.description)).toEqual([
      'li.na 于 2026-12-02 02:48 派单，服务：ems-scada。请指派处理人，或退回服务台。',
    ]);
  });

  it('alerts the people on duty and the lead of a new emergency, by the time it occurred', async () => {
    const { desk, sent } = notifier({
      onDuty: async () => ({ people: ['user:default/zhao.lei'] }),
    });
    await desk.newEmergency(ticket);
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: ['user:default/zhao.lei', 'group:default/desk-leads'],
        },
        payload: {
          title: '突发事件 SD-202612-00042：主站通道中断',
          description: '服务：ems-scada，发生于 2026-12-02 02:38。',
          link: '/service-desk/tickets/42',
          severity: 'critical',
          topic: 'service-desk-emergency',
          scope: 'service-desk-emergency:42',
        },
      },
    ]);
  });

  it('tells the lead of a PM confirmation when the roster cannot be read', async () => {
    const { desk, sent } = notifier({
      onDuty: async () => {
        throw new Error('roster store down');
      },
    });
    await desk.afterAction(
      ticket,
      { action: 'confirm_completion' },
      { userRef: PM, roles: new Set(['projectManager'] as const) },
    );
    expect(sent.map(n => [n.recipients, n.payload.topic])).toEqual([
      [
        { type: 'entity', entityRef: ['group:default/desk-leads'] },
        'service-desk-pm-confirmed',
      ],
    ]);
  });

  it('does not tell people of their own step', async () => {
    const { desk, sent } = notifier({});
    await desk.afterAction(
      { ...ticket, projectManagerRef: AGENT } as Ticket,
      { action: 'dispatch' },
      actor,
    );
    expect(sent).toEqual([]);
  });

  describe('a roster change', () => {
    const change: RosterChange = {
      id: '7',
      type: 'swap',
      date: '2026-12-05',
      kind: 'duty',
      // Saturday's 24-hour duty from 08:30 Shanghai to Sunday 08:30.
      start: '2026-12-05T00:30:00.000Z',
      end: '2026-12-06T00:30:00.000Z',
      holder: 'user:default/chen.jie',
      replacement: 'user:default/sun.li',
      swapWith: { date: '2026-12-06', kind: 'duty' },
      reason: '家中有事',
      status: 'pending',
      needsApproval: true,
      requestedBy: 'user:default/wang.fang',
      requestedAt: '2026-12-01T02:00:00.000Z',
    };
    const users = [
      { name: 'chen.jie', displayName: '陈杰 Chen Jie' },
      { name: 'sun.li', displayName: '孙丽 Sun Li' },
    ].map(({ name, displayName }) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name, namespace: 'default' },
      spec: { profile: { displayName } },
    }));

    it('names both people, links the day and is told once per status', async () => {
      const { desk, sent } = notifier({
        catalog: catalogServiceMock({ entities: users }),
      });
      const managers = [
        'group:default/it-managers',
        'group:default/it-managers',
      ];
      await desk.rosterChange(change, managers, change.requestedBy);
      expect(sent).toEqual([
        {
          recipients: {
            type: 'entity',
            entityRef: ['group:default/it-managers'],
          },
          payload: {
            title: '换班待审批：2026年12月5日（周六）值班',
            description:
              '孙丽 Sun Li 接替 陈杰 Chen Jie（2026-12-05 08:30 至 2026-12-06 08:30），陈杰 Chen Jie 改上 2026年12月6日（周日）值班。原因：家中有事',
            link: '/service-desk/roster?date=2026-12-05',
            severity: 'normal',
            topic: 'service-desk-roster',
            scope: 'service-desk-roster:7:pending',
          },
        },
      ]);
    });

    it('falls back to login ids, tells nobody of their own step, and only logs a failure', async () => {
      const { desk, sent } = notifier({});
      const LEAD = change.requestedBy;
      // The lead covering a slot themselves: nobody else to tell.
      await desk.rosterChange(
        { ...change, type: 'cover', swapWith: undefined, replacement: LEAD },
        [LEAD],
        LEAD,
      );
      expect(sent).toEqual([]);
      await desk.rosterChange(
        { ...change, type: 'cover', swapWith: undefined, status: 'approved' },
        ['user:default/sun.li'],
        LEAD,
      );
      expect(sent.map(n => n.payload.description)).toEqual([
        'sun.li 接替 chen.jie（2026-12-05 08:30 至 2026-12-06 08:30）。原因：家中有事',
      ]);

      const failing = notifier({
        send: async () => {
          throw new Error('notifications backend down');
        },
      });
      await expect(
        failing.desk.rosterChange(change, ['user:default/sun.li'], LEAD),
      ).resolves.toBeUndefined();
      expect(failing.logger.error).toHaveBeenCalledWith(
        expect.stringMatching(/roster notice for change 7: .*backend down/),
      );
    });
  });
});
