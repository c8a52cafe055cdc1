import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const PM = 'user:default/zhang.wei';
const MANAGER = 'user:default/huang.wei';
const REPORTER = 'user:default/zhou.xin';
const OTHER_ENGINEER = 'user:default/lin.feng';

const databases = createTestDatabases();

/** The actions through the registry's HTTP endpoint on the plugin, as the actions service calls them. */
describe.each(databases.eachSupportedId())(
  'service desk actions on %p',
  databaseId => {
    let server: any;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      ({ server } = await startDeskBackend({ knex }));
    });

    const invoke = (header: string, action: string, input: object) =>
      request(server)
        .post(
          `/api/service-desk/.backstage/actions/v1/actions/service-desk:${action}/invoke`,
        )
        .set('Authorization', header)
        .send(input);
    const as = (user: string) => ({
      invoke: (action: string, input: object) =>
        invoke(mockCredentials.user.header(user), action, input),
    });

    it('offers the five operations with their input schemas', async () => {
      const res = await request(server)
        .get('/api/service-desk/.backstage/actions/v1/actions')
        .set('Authorization', mockCredentials.user.header(AGENT));
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(
        res.body.actions.map((a: any) => [a.id, a]),
      );
      expect(Object.keys(byId).sort()).toEqual([
        'service-desk:act-on-ticket',
        'service-desk:get-ticket',
        'service-desk:list-tickets',
        'service-desk:open-ticket',
        'service-desk:read-scorecard',
      ]);
      expect(byId['service-desk:open-ticket'].schema.input).toMatchObject({
        required: expect.arrayContaining(['title', 'entityRef', 'reporter']),
        properties: { kind: { enum: expect.arrayContaining(['incident']) } },
      });
      expect(byId['service-desk:act-on-ticket'].schema.input.required).toEqual([
        'action',
        'version',
        'ticketId',
      ]);
      expect(byId['service-desk:list-tickets'].attributes).toMatchObject({
        readOnly: true,
      });
    });

    it('lets an agent open, list, read and act on a ticket', async () => {
      const opened = await as(AGENT).invoke('open-ticket', newTicket());
      expect(opened.status).toBe(200);
      const ticket = opened.body.output.ticket;
      expect(ticket).toMatchObject({
        state: 'new',
        acceptedBy: AGENT,
        projectManagerRef: PM,
        version: 1,
      });

      const listed = await as(AGENT).invoke('list-tickets', {
        q: ticket.displayId,
      });
      expect(listed.body.output).toMatchObject({
        totalCount: 1,
        items: [{ id: ticket.id }],
      });

      const read = await as(AGENT).invoke('get-ticket', {
        ticketId: ticket.id,
      });
      expect(read.body.output.ticket).toMatchObject({
        allowedActions: ['dispatch', 'resolve', 'comment'],
      });
      expect(read.body.output.ticket.events.map((e: any) => e.action)).toEqual([
        'open',
      ]);

      const acted = await as(AGENT).invoke('act-on-ticket', {
        ticketId: ticket.id,
        action: 'dispatch',
        version: 1,
      });
      expect(acted.status).toBe(200);
      expect(acted.body.output.ticket).toMatchObject({
        state: 'with_pm',
        assigneeRef: PM,
        version: 2,
      });
    });

    describe('applies the permission checks of the HTTP API', () => {
      let ticket: any;
      beforeAll(async () => {
        ticket = (await as(AGENT).invoke('open-ticket', newTicket())).body
          .output.ticket;
      });

      it('hides a ticket from someone who may not see it', async () => {
        const read = await as(OTHER_ENGINEER).invoke('get-ticket', {
          ticketId: ticket.id,
        });
        expect(read.status).toBe(404);
        expect(read.body.error.message).toBe(`no ticket ${ticket.id}`);
        const listed = await as(OTHER_ENGINEER).invoke('list-tickets', {
          q: ticket.displayId,
        });
        expect(listed.body.output).toEqual({ items: [], totalCount: 0 });
      });

      it("lets the reporter read but not take the desk's actions", async () => {
        expect(
          (await as(REPORTER).invoke('get-ticket', { ticketId: ticket.id }))
            .status,
        ).toBe(200);
        const acted = await as(REPORTER).invoke('act-on-ticket', {
          ticketId: ticket.id,
          action: 'dispatch',
          version: 1,
        });
        expect(acted.status).toBe(403);
        expect(acted.body.error.message).toBe(
          'only the desk may dispatch this ticket',
        );
      });

      it('keeps the lifecycle rules: only the desk records phone tickets', async () => {
        const opened = await as(REPORTER).invoke('open-ticket', newTicket());
        expect(opened.status).toBe(403);
        expect(opened.body.error.message).toMatch(
          /only the desk records tickets from phone/,
        );
      });

      it('lets managers read the scorecard and refuses others', async () => {
        const report = await as(MANAGER).invoke('read-scorecard', {
          kind: 'month',
          period: '2026-11',
        });
        expect(report.status).toBe(200);
        expect(report.body.output.report).toMatchObject({
          period: { kind: 'month', label: '2026-11' },
        });
        const refused = await as(REPORTER).invoke('read-scorecard', {
          kind: 'month',
          period: '2026-11',
        });
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toBe(
          'only the desk and managers read scorecards',
        );
      });

      it('acts only for a signed-in user', async () => {
        const res = await invoke(
          mockCredentials.service.header(),
          'list-tickets',
          {},
        );
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(/acts for a signed-in user/);
      });
    });

    describe('refuses invalid input, naming the field', () => {
      it.each<[string, string, object, RegExp]>([
        [
          'a ticket without a title',
          'open-ticket',
          newTicket({ title: undefined }),
          /open-ticket.*"title"/s,
        ],
        [
          'an unknown field',
          'open-ticket',
          newTicket({ colour: 'red' }),
          /colour/,
        ],
        [
          'an entity ref that is not one',
          'open-ticket',
          newTicket({ entityRef: 'ems-scada!' }),
          /entityRef: must be an entity ref/,
        ],
        [
          'an unknown action',
          'act-on-ticket',
          { ticketId: '1', action: 'teleport', version: 1 },
          /"action"/,
        ],
        [
          'an action without a ticket',
          'act-on-ticket',
          { action: 'dispatch', version: 1 },
          /"ticketId"/,
        ],
        [
          'a list filter with a bad state',
          'list-tickets',
          { state: 'lost' },
          /"state"/,
        ],
        [
          'a period of the wrong form',
          'read-scorecard',
          { kind: 'month', period: 'November' },
          /"period"/,
        ],
      ])('%s', async (_name, action, input, message) => {
        const res = await as(AGENT).invoke(action, input);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(message);
      });
    });
  },
);
