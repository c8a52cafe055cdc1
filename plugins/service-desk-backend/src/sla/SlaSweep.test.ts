import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { regulationRuleSet } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { NewTicket, TicketStore } from '../database/TicketStore';
import { openStores } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { SLA_WARNINGS } from '../database/tables';
import { DeskNotifier } from '../notifications/DeskNotifier';
import { SlaSweep, dueWarnings, latestWarnings } from './SlaSweep';

jest.setTimeout(60_000);

const RULES = [regulationRuleSet(2026)];
const at = (hhmm: string) => `2026-11-28T${hhmm}:00.000Z`;
const LEAD_GROUP = 'group:default/desk-leads';

/** The desk's notifier over the given sender, with an empty catalog (names fall back to ids). */
const notifierOver = (notifications: NotificationService) =>
  new DeskNotifier({
    notifications,
    catalog: catalogServiceMock({ entities: [] }),
    auth: mockServices.auth(),
    roster: { onDutyAt: async () => ({ people: [] }) },
    roles: { lead: [LEAD_GROUP] },
    language: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    logger: mockServices.logger.mock(),
  });

const emergency = (extra: Partial<NewTicket> = {}): NewTicket => ({
  kind: 'incident',
  emergency: true,
  priority: 'P1',
  impact: 'high',
  urgency: 'high',
  category: 'other',
  title: 'substation link down',
  description: 'd',
  reporter: { name: 'r' },
  channel: 'phone',
  entityRef: 'component:default/ems-scada',
  occurredAt: at('09:00'),
  acceptedAt: at('09:02'),
  acceptedBy: 'user:default/li.na',
  state: 'new',
  projectManagerRef: 'user:default/zhang.wei',
  routingSource: 'system_annotation',
  pmInvolved: false,
  ...extra,
});

describe('dueWarnings', () => {
  const ticket: any = {
    ...emergency(),
    id: '1',
    displayId: 'SD-1',
    version: 1,
    createdAt: at('09:02'),
    updatedAt: at('09:02'),
  };
  it.each<[string, string[]]>([
    ['09:07', []],
    // 7.5 of 15 response minutes used: 50 %.
    ['09:08', ['emergencyResponse:50']],
    // 12 of 15: 80 %; close clock 10 of 60; handling 10 of 60.
    ['09:12', ['emergencyResponse:50', 'emergencyResponse:80']],
    // 16 min: response breached; close 14 of 60 still under 50 %.
    [
      '09:16',
      [
        'emergencyResponse:50',
        'emergencyResponse:80',
        'emergencyResponse:breach',
      ],
    ],
    // 09:32: close and handling clocks at 30 of 60 min: 50 %.
    [
      '09:32',
      [
        'emergencyResponse:50',
        'emergencyResponse:80',
        'emergencyResponse:breach',
        'emergencyClose:50',
        'timelyHandling:50',
      ],
    ],
  ])('at %s', (time, expected) => {
    const due = dueWarnings(
      ticket,
      new Date(at(time)),
      RULES[0],
      [0.5, 0.8],
    ).map(w => `${w.clock.kind}:${w.level}`);
    expect(due.sort()).toEqual(expected.sort());
  });

  it('has nothing to say about a stopped clock', () => {
    const notified = { ...ticket, notifiedAt: at('09:05') };
    expect(
      dueWarnings(notified, new Date(at('09:16')), RULES[0], [0.5, 0.8]).filter(
        w => w.clock.kind === 'emergencyResponse',
      ),
    ).toEqual([]);
  });
});

describe('latestWarnings', () => {
  const ticket: any = { ...emergency(), id: '1', displayId: 'SD-1' };
  const due = (clock: string, level: string): any => ({
    ticket,
    clock: { kind: clock },
    level,
  });

  it('keeps the highest level of each clock and names the ones it overtook', () => {
    const result = latestWarnings([
      due('emergencyResponse', '50'),
      due('emergencyResponse', '80'),
      due('emergencyResponse', 'breach'),
      due('emergencyClose', '50'),
    ]);
    expect(
      result.map(r => [
        `${r.send.clock.kind}:${r.send.level}`,
        r.overtaken.map(o => o.level),
      ]),
    ).toEqual([
      ['emergencyResponse:breach', ['50', '80']],
      // Another clock's warning is news of its own: a response breach does not overtake it.
      ['emergencyClose:50', []],
    ]);
  });
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('SlaSweep on %p', databaseId => {
  let knex: Knex;
  let store: TicketStore;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ tickets: store } = await openStores(knex));
  });

  const sweeper = (now: string, sent: NotificationSendOptions[]) =>
    new SlaSweep({
      db: knex,
      ruleSets: RULES,
      timeZone: 'Asia/Shanghai',
      fractions: [0.5, 0.8],
      notifier: notifierOver({ send: async n => void sent.push(n) }),
      logger: mockServices.logger.mock(),
      now: () => new Date(now),
    });

  const open = (extra: Partial<NewTicket> = {}) =>
    store.createTicket(
      emergency(extra),
      {
        action: 'open',
        actorRef: 'user:default/li.na',
        at: extra.acceptedAt ?? at('09:02'),
        toState: 'new',
      },
      [],
    );
  const warningsOf = async (id: string) =>
    (
      await knex(SLA_WARNINGS)
        .where({ ticket_id: id })
        .select('clock', 'level', 'superseded_by')
    ).sort((a, b) => a.level.localeCompare(b.level));

  it('warns the holder and the lead of the latest level only, even with two replicas sweeping at once', async () => {
    const t = await open();
    const sent: NotificationSendOptions[] = [];
    // 09:12: 12 of the 15 response minutes used, so 50 % and 80 % are both due; 80 % tells it all.
    await Promise.all([
      sweeper(at('09:12'), sent).run(),
      sweeper(at('09:12'), sent).run(),
    ]);
    const mine = () =>
      sent.filter(n => n.payload.link === `/service-desk/tickets/${t.id}`);
    expect(mine()).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: ['user:default/li.na', LEAD_GROUP],
        },
        payload: {
          // The deadline 09:15 UTC is 17:15 in Shanghai.
          title: `${t.displayId} 突发事件响应时限已用 80%：substation link down`,
          description: '突发事件响应时限截止于 2026-11-28 17:15。',
          link: `/service-desk/tickets/${t.id}`,
          severity: 'high',
          topic: 'service-desk-sla',
          scope: `service-desk-sla:${t.id}:emergencyResponse:80`,
        },
      },
    ]);
    expect(await warningsOf(t.id)).toEqual([
      { clock: 'emergencyResponse', level: '50', superseded_by: '80' },
      { clock: 'emergencyResponse', level: '80', superseded_by: null },
    ]);
    // After a restart nothing is repeated; at the breach one more goes out, marked critical.
    await sweeper(at('09:12'), sent).run();
    await sweeper(at('09:16'), sent).run();
    expect(mine()).toHaveLength(2);
    expect(mine()[1].payload).toMatchObject({
      severity: 'critical',
      scope: `service-desk-sla:${t.id}:emergencyResponse:breach`,
    });
  });

  it('sends only the breach when 50 %, 80 % and the breach are due at once, and nothing later', async () => {
    const t = await open({ occurredAt: at('11:00'), acceptedAt: at('11:02') });
    const sent: NotificationSendOptions[] = [];
    // 11:16: the response clock (15 min from 11:00) is past its deadline at the first sweep.
    await Promise.all([
      sweeper(at('11:16'), sent).run(),
      sweeper(at('11:16'), sent).run(),
    ]);
    // Later sweeps, before the close and handling clocks reach 50 % at 11:32.
    await sweeper(at('11:20'), sent).run();
    await sweeper(at('11:31'), sent).run();
    const mine = sent.filter(
      n => n.payload.link === `/service-desk/tickets/${t.id}`,
    );
    expect(mine.map(n => n.payload)).toEqual([
      expect.objectContaining({
        title: `${t.displayId} 突发事件响应已超时：substation link down`,
        description: '突发事件响应时限截止于 2026-11-28 19:15。',
        severity: 'critical',
        topic: 'service-desk-sla',
      }),
    ]);
    expect(await warningsOf(t.id)).toEqual([
      { clock: 'emergencyResponse', level: '50', superseded_by: 'breach' },
      { clock: 'emergencyResponse', level: '80', superseded_by: 'breach' },
      { clock: 'emergencyResponse', level: 'breach', superseded_by: null },
    ]);
  });

  it('retries a warning whose sending failed', async () => {
    const t = await open({ occurredAt: at('10:00'), acceptedAt: at('10:00') });
    const failing = new SlaSweep({
      db: knex,
      ruleSets: RULES,
      timeZone: 'Asia/Shanghai',
      fractions: [0.5],
      notifier: notifierOver({
        send: async () => {
          throw new Error('notifications backend down');
        },
      }),
      logger: mockServices.logger.mock(),
      now: () => new Date(at('10:08')),
    });
    await expect(failing.run()).rejects.toThrow(/down/);
    expect(await knex(SLA_WARNINGS).where({ ticket_id: t.id })).toEqual([]);
    const sent: NotificationSendOptions[] = [];
    await sweeper(at('10:08'), sent).run();
    expect(
      sent.filter(n => n.payload.link === `/service-desk/tickets/${t.id}`),
    ).toHaveLength(1);
  });
});
