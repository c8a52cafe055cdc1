import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { SignalPayload } from '@backstage/plugin-signals-node';
import { TICKET_SIGNAL_CHANNEL } from '@internal/plugin-service-desk-common';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';
import { TicketSignals } from './TicketSignals';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const PM = 'user:default/zhang.wei';
const LEAD = 'user:default/wang.fang';
const REPORTER = 'user:default/zhou.xin';
/** The groups of the roles that see every ticket, from app-config.yaml. */
const DESK_AND_MANAGERS = [
  'group:default/desk-agents',
  'group:default/duty-officers',
  'group:default/desk-leads',
  'group:default/it-managers',
];

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'ticket signals on %p',
  databaseId => {
    let server: any;
    let signalsSent: SignalPayload[];
    let settled: () => Promise<void>;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      ({ server, signalsSent, settled } = await startDeskBackend({ knex }));
    });
    beforeEach(() => signalsSent.splice(0));

    const post = (user: string, url: string, body: object) =>
      request(server)
        .post(`/api/service-desk${url}`)
        .set('Authorization', mockCredentials.user.header(user))
        .send(body);

    it('tells the participants and the desk when a ticket is opened and acted on', async () => {
      const opened = await post(AGENT, '/tickets', newTicket());
      expect(opened.status).toBe(201);
      const dispatched = await post(
        AGENT,
        `/tickets/${opened.body.id}/actions`,
        { action: 'dispatch', version: 1 },
      );
      expect(dispatched.status).toBe(200);
      await settled();

      expect(signalsSent.map(s => [s.channel, s.message])).toEqual([
        [
          TICKET_SIGNAL_CHANNEL,
          {
            ticketId: opened.body.id,
            displayId: opened.body.displayId,
            state: 'new',
            version: 1,
          },
        ],
        [
          TICKET_SIGNAL_CHANNEL,
          {
            ticketId: opened.body.id,
            displayId: opened.body.displayId,
            state: 'with_pm',
            version: 2,
          },
        ],
      ]);
      for (const { recipients } of signalsSent) {
        expect(recipients.type).toBe('user');
        const refs = recipients.type === 'user' ? recipients.entityRef : [];
        expect([...refs].sort()).toEqual(
          [AGENT, PM, REPORTER, ...DESK_AND_MANAGERS].sort(),
        );
      }
    });

    it('signals each imported ticket', async () => {
      const res = await post(LEAD, '/import', {
        tickets: [
          {
            ...newTicket(),
            externalId: `sig-${databaseId}`,
            acceptedAt: '2026-10-21T01:00:00Z',
            acceptedBy: AGENT,
          },
        ],
      });
      expect(res.status).toBe(201);
      expect(signalsSent.map(s => s.message)).toEqual([
        expect.objectContaining({
          ticketId: res.body.imported[0].id,
          state: 'new',
        }),
      ]);
    });

    it('sends nothing for a refused request', async () => {
      expect(
        (await post(AGENT, '/tickets', newTicket({ title: '' }))).status,
      ).toBe(400);
      await settled();
      expect(signalsSent).toEqual([]);
    });
  },
);

describe('TicketSignals', () => {
  it('logs a failed publish instead of failing the change that was already written', async () => {
    const logger = mockServices.logger.mock();
    const signals = new TicketSignals({
      signals: {
        publish: jest.fn().mockRejectedValue(new Error('events bus down')),
      },
      store: { getParticipants: async () => [AGENT] },
      roles: { agent: ['group:default/desk-agents'] },
      logger,
    });
    await expect(
      signals.changed({
        id: '1',
        displayId: 'SD-202611-00001',
        state: 'new',
        version: 1,
      }),
    ).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/SD-202611-00001: Error: events bus down/),
    );
  });
});
