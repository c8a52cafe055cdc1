import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { regulationRuleSet } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { ServiceDeskDatabase } from '../database/ServiceDeskDatabase';
import { NewTicket, TicketStore } from '../database/TicketStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { SLA_WARNINGS } from '../database/tables';
import { SlaSweep, dueWarnings } from './SlaSweep';

jest.setTimeout(60_000);

const RULES = [regulationRuleSet(2026)];
const at = (hhmm: string) => `2026-11-28T${hhmm}:00.000Z`;
const LEAD_GROUP = 'group:default/desk-leads';

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

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('SlaSweep on %p', databaseId => {
  let knex: Knex;
  let store: TicketStore;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ tickets: store } = await ServiceDeskDatabase.create({
      database: mockServices.database({ knex }),
      idPrefix: 'SD',
      timeZone: 'Asia/Shanghai',
    }));
  });

  const sweeper = (now: string, sent: NotificationSendOptions[]) =>
    new SlaSweep({
      db: knex,
      ruleSets: RULES,
      fractions: [0.5, 0.8],
      roles: { lead: [LEAD_GROUP] },
      notifications: { send: async n => void sent.push(n) },
      logger: mockServices.logger.mock(),
      now: () => new Date(now),
    });

  it('warns the holder and the lead once per level, even with two replicas sweeping at once', async () => {
    const t = await store.createTicket(
      emergency(),
      {
        action: 'open',
        actorRef: 'user:default/li.na',
        at: at('09:02'),
        toState: 'new',
      },
      [],
    );
    const sent: NotificationSendOptions[] = [];
    await Promise.all([
      sweeper(at('09:12'), sent).run(),
      sweeper(at('09:12'), sent).run(),
    ]);
    const mine = sent.filter(
      n => n.payload.link === `/service-desk/tickets/${t.id}`,
    );
    expect(mine.map(n => n.payload.scope).sort()).toEqual([
      `service-desk-sla:${t.id}:emergencyResponse:50`,
      `service-desk-sla:${t.id}:emergencyResponse:80`,
    ]);
    expect(mine[0].recipients).toEqual({
      type: 'entity',
      entityRef: ['user:default/li.na', LEAD_GROUP],
    });
    // After a restart nothing is repeated; at the breach one more goes out, marked critical.
    await sweeper(at('09:12'), sent).run();
    await sweeper(at('09:16'), sent).run();
    const after = sent.filter(
      n => n.payload.link === `/service-desk/tickets/${t.id}`,
    );
    expect(after).toHaveLength(3);
    expect(after[2].payload).toMatchObject({
      severity: 'critical',
      scope: `service-desk-sla:${t.id}:emergencyResponse:breach`,
    });
    expect(
      await knex(SLA_WARNINGS).where({ ticket_id: t.id }).count({ n: '*' }),
    ).toEqual([{ n: expect.anything() }]);
  });

  it('retries a warning whose sending failed', async () => {
    const t = await store.createTicket(
      emergency({ occurredAt: at('10:00'), acceptedAt: at('10:00') }),
      {
        action: 'open',
        actorRef: 'user:default/li.na',
        at: at('10:00'),
        toState: 'new',
      },
      [],
    );
    const failing = new SlaSweep({
      db: knex,
      ruleSets: RULES,
      fractions: [0.5],
      roles: {},
      notifications: {
        send: async () => {
          throw new Error('notifications backend down');
        },
      },
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
