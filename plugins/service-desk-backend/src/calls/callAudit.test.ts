import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const TELEPHONE = externalCaller('external:telephone-system');

type Recorded = AuditorServiceCreateEventOptions & { outcome?: string };

/** An auditor that keeps every event with how it ended. */
function recordingAuditor(events: Recorded[]) {
  return createServiceFactory({
    service: coreServices.auditor,
    deps: {},
    factory: (): AuditorService => ({
      async createEvent(options) {
        const event: Recorded = { ...options, request: undefined };
        events.push(event);
        return {
          success: async () => void (event.outcome = 'success'),
          fail: async () => void (event.outcome = 'failure'),
        };
      },
    }),
  });
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'call auditing on %p',
  databaseId => {
    let knex: Knex;
    let server: any;
    const events: Recorded[] = [];
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ server } = await startDeskBackend({
        knex,
        services: [recordingAuditor(events)],
      }));
    });
    const post = (url: string, body: object, auth: string) =>
      request(server)
        .post(`/api/service-desk${url}`)
        .set('Authorization', auth)
        .send(body);
    const callEvents = () =>
      events
        .filter(e => e.eventId.startsWith('call-'))
        .map(({ eventId, meta, outcome }) => ({ eventId, meta, outcome }));

    it('audits a recorded batch and each link, refused or not', async () => {
      const recorded = await post(
        '/calls',
        { calls: [{ callId: 'AU1', ringAt: '2026-11-02T01:00:00Z' }] },
        TELEPHONE,
      );
      expect(recorded.status).toBe(201);
      const agent = mockCredentials.user.header(AGENT);
      const ticket = await post('/tickets', newTicket(), agent);
      const linked = await post(
        '/calls/AU1/ticket',
        { ticketId: ticket.body.id },
        agent,
      );
      expect(linked.status).toBe(200);
      const unknown = await post(
        '/calls/AU2/ticket',
        { ticketId: ticket.body.id },
        agent,
      );
      expect(unknown.status).toBe(404);

      expect(callEvents()).toEqual([
        {
          eventId: 'call-batch',
          meta: {
            count: 1,
            principal: 'external:telephone-system',
            door: 'api',
          },
          outcome: 'success',
        },
        {
          eventId: 'call-link',
          meta: { callId: 'AU1', ticketId: ticket.body.id, actorRef: AGENT },
          outcome: 'success',
        },
        {
          eventId: 'call-link',
          meta: { callId: 'AU2', ticketId: ticket.body.id, actorRef: AGENT },
          outcome: 'failure',
        },
      ]);
    });
  },
);
