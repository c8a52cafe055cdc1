import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { EVENTS, TICKETS } from '../database/tables';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const AGENT2 = 'user:default/zhao.lei';
const LEAD = 'user:default/wang.fang';
const PM = 'user:default/zhang.wei';
const OTHER_PM = 'user:default/wu.hao';
const ENGINEER = 'user:default/ma.chao';
const OTHER_ENGINEER = 'user:default/lin.feng';
const TECH = 'user:default/liu.yang';
const MANAGER = 'user:default/huang.wei';
const REPORTER = 'user:default/zhou.xin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'service desk API on %p',
  databaseId => {
    let knex: Knex;
    let server: any;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ server } = await startDeskBackend({ knex }));
    });

    const as = (user: string) => ({
      get: (url: string) =>
        request(server)
          .get(`/api/service-desk${url}`)
          .set('Authorization', mockCredentials.user.header(user)),
      post: (url: string, body: object) =>
        request(server)
          .post(`/api/service-desk${url}`)
          .set('Authorization', mockCredentials.user.header(user))
          .send(body),
    });

    async function open(extra: object = {}, by = AGENT) {
      const res = await as(by).post('/tickets', newTicket(extra));
      expect(res.status).toBe(201);
      return res.body;
    }

    async function act(user: string, ticket: { id: string }, body: object) {
      const current = await as(LEAD).get(`/tickets/${ticket.id}`);
      return as(user).post(`/tickets/${ticket.id}/actions`, {
        version: current.body.version,
        ...body,
      });
    }

    async function snapshot() {
      const [tickets, events] = await Promise.all([
        knex(TICKETS).orderBy('id'),
        knex(EVENTS).orderBy('id'),
      ]);
      return { tickets, events };
    }

    it('runs a ticket through its whole life (SPEC §3, §6.3–6.4)', async () => {
      const ticket = await open();
      expect(ticket).toMatchObject({
        state: 'new',
        priority: 'P2',
        projectManagerRef: PM,
        routingSource: 'system_annotation',
        acceptedBy: AGENT,
        version: 1,
      });
      expect(ticket.displayId).toMatch(/^SD-\d{6}-\d{5}$/);

      const steps: Array<[string, object, string]> = [
        [AGENT, { action: 'dispatch' }, 'with_pm'],
        [PM, { action: 'assign', assigneeRef: ENGINEER }, 'with_engineer'],
        [
          ENGINEER,
          { action: 'resolve', resolution: 'Restarted the front-end server' },
          'resolved',
        ],
        [PM, { action: 'confirm_completion' }, 'pm_confirmed'],
        [AGENT, { action: 'confirm' }, 'awaiting_callback'],
        [
          LEAD,
          { action: 'callback', rating: 'very_satisfied', userConfirmed: true },
          'awaiting_callback',
        ],
        [LEAD, { action: 'close' }, 'closed'],
      ];
      for (const [user, body, state] of steps) {
        const res = await act(user, ticket, body);
        expect({
          status: res.status,
          state: res.body.state,
          body,
        }).toMatchObject({ status: 200, state });
      }

      const full = await as(MANAGER).get(`/tickets/${ticket.id}`);
      expect(full.body).toMatchObject({
        state: 'closed',
        satisfaction: 'very_satisfied',
        resolution: 'Restarted the front-end server',
        version: 8,
      });
      expect(full.body.closedAt).toBeDefined();
      expect(full.body.handedOverAt).toBe(full.body.events[1].at);
      expect(
        full.body.events.map((e: any) => [
          e.seq,
          e.action,
          e.fromState ?? null,
          e.toState,
        ]),
      ).toEqual([
        [1, 'open', null, 'new'],
        [2, 'dispatch', 'new', 'with_pm'],
        [3, 'assign', 'with_pm', 'with_engineer'],
        [4, 'resolve', 'with_engineer', 'resolved'],
        [5, 'confirm_completion', 'resolved', 'pm_confirmed'],
        [6, 'confirm', 'pm_confirmed', 'awaiting_callback'],
        [7, 'callback', 'awaiting_callback', 'awaiting_callback'],
        [8, 'close', 'awaiting_callback', 'closed'],
      ]);
      expect(full.body.events[2]).toMatchObject({
        actorRef: PM,
        data: { assigneeRef: ENGINEER },
      });
    });

    it('goes back to the engineer when the user is unsatisfied at callback, and via tech support', async () => {
      const ticket = await open();
      await act(AGENT, ticket, { action: 'dispatch' });
      await act(PM, ticket, { action: 'assign', assigneeRef: ENGINEER });
      expect(
        (
          await act(ENGINEER, ticket, {
            action: 'return',
            comment: 'needs the vendor',
          })
        ).body,
      ).toMatchObject({
        state: 'with_pm',
        assigneeRef: PM,
      });
      expect(
        (
          await act(PM, ticket, {
            action: 'assign_tech_support',
            assigneeRef: TECH,
          })
        ).body.state,
      ).toBe('with_tech_support');
      await act(TECH, ticket, {
        action: 'resolve',
        resolution: 'vendor patch',
      });
      await act(PM, ticket, { action: 'confirm_completion' });
      await act(AGENT, ticket, { action: 'confirm' });
      const reopened = await act(LEAD, ticket, {
        action: 'callback',
        rating: 'unsatisfied',
        userConfirmed: false,
      });
      expect(reopened.body).toMatchObject({
        state: 'with_tech_support',
        assigneeRef: TECH,
        satisfaction: 'unsatisfied',
      });
      expect(reopened.body.callbackAt).toBeUndefined();
    });

    it('previews routing for each rule of SPEC §4, with the owner team as engineers', async () => {
      const cases: Array<[string, string, string, string[]]> = [
        [
          'component:default/outage-planner',
          'user:default/wu.hao',
          'entity_annotation',
          [
            'user:default/he.jun',
            'user:default/ma.chao',
            'user:default/zhang.wei',
          ],
        ],
        [
          'component:default/ems-scada',
          PM,
          'system_annotation',
          [
            'user:default/he.jun',
            'user:default/ma.chao',
            'user:default/zhang.wei',
          ],
        ],
        [
          'component:default/meter-data-service',
          'user:default/wu.hao',
          'domain_annotation',
          [
            'user:default/guo.qiang',
            'user:default/lin.feng',
            'user:default/wu.hao',
          ],
        ],
        [
          'component:default/office-network',
          'user:default/xu.jing',
          'owner_group',
          ['user:default/tang.yi', 'user:default/xu.jing'],
        ],
        [
          'component:default/legacy-reporting',
          LEAD,
          'fallback_lead',
          ['user:default/song.tao'],
        ],
      ];
      for (const [entityRef, pm, source, engineers] of cases) {
        const res = await as(AGENT).get(
          `/routing?entityRef=${encodeURIComponent(entityRef)}`,
        );
        expect({ entityRef, ...res.body }).toMatchObject({
          entityRef,
          projectManagerRef: pm,
          source,
          engineers,
        });
        expect(Boolean(res.body.warning)).toBe(source === 'fallback_lead');
      }
      const fallback = await open({
        entityRef: 'component:default/legacy-reporting',
      });
      expect(fallback.routingWarning).toMatch(/desk lead/);
    });

    it('lets the desk override the routed PM at dispatch, but only to a PM', async () => {
      const ticket = await open();
      const bad = await act(AGENT, ticket, {
        action: 'dispatch',
        projectManagerRef: ENGINEER,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /projectManagerRef: .* is not a project manager/,
      );
      const ok = await act(AGENT, ticket, {
        action: 'dispatch',
        projectManagerRef: OTHER_PM,
        comment: 'wu.hao covers this week',
      });
      expect(ok.body).toMatchObject({
        state: 'with_pm',
        projectManagerRef: OTHER_PM,
        assigneeRef: OTHER_PM,
      });
    });

    describe('refuses bad requests and changes nothing', () => {
      it.each<[string, () => Promise<request.Response>, number, RegExp]>([
        [
          'a ticket without a title',
          () => as(AGENT).post('/tickets', newTicket({ title: '' })),
          400,
          /title: must not be empty/,
        ],
        [
          'an impact outside the matrix',
          () => as(AGENT).post('/tickets', newTicket({ impact: 'huge' })),
          400,
          /impact\/urgency: 'huge'/,
        ],
        [
          'an unknown category',
          () => as(AGENT).post('/tickets', newTicket({ category: 'weather' })),
          400,
          /category: 'weather'/,
        ],
        [
          'an entity the catalog lacks',
          () =>
            as(AGENT).post(
              '/tickets',
              newTicket({ entityRef: 'component:default/nope' }),
            ),
          400,
          /entityRef: no catalog entity/,
        ],
        [
          'an emergency without occurredAt',
          () => as(AGENT).post('/tickets', newTicket({ emergency: true })),
          400,
          /occurredAt/,
        ],
        [
          'an emergency that happens in the future',
          () =>
            as(AGENT).post(
              '/tickets',
              newTicket({
                emergency: true,
                occurredAt: '2999-01-01T00:00:00Z',
              }),
            ),
          400,
          /occurredAt: .* after the ticket was accepted/,
        ],
        [
          'a phone ticket from a non-desk user',
          () => as(REPORTER).post('/tickets', newTicket()),
          403,
          /only the desk records/,
        ],
        [
          'an unknown ticket',
          () => as(AGENT).get('/tickets/999999'),
          404,
          /no ticket 999999/,
        ],
        [
          'a non-numeric ticket id',
          () => as(AGENT).get('/tickets/abc'),
          404,
          /no ticket abc/,
        ],
        [
          'an unknown action',
          () =>
            as(AGENT).post('/tickets/1/actions', {
              action: 'teleport',
              version: 1,
            }),
          400,
          /action/,
        ],
        [
          'an action without a version',
          () => as(AGENT).post('/tickets/1/actions', { action: 'dispatch' }),
          400,
          /version/,
        ],
        [
          'a list filter with a bad state',
          () => as(AGENT).get('/tickets?state=lost'),
          400,
          /state/,
        ],
        [
          'an unknown list parameter',
          () => as(AGENT).get('/tickets?orderBy=1;drop'),
          400,
          /orderBy|Unrecognized/,
        ],
      ])('%s', async (_name, send, status, message) => {
        const before = await snapshot();
        const res = await send();
        expect(res.status).toBe(status);
        expect(res.body.error.message).toMatch(message);
        expect(await snapshot()).toEqual(before);
      });

      it('answers an illegal transition with 409 naming the allowed actions', async () => {
        const ticket = await open();
        const before = await snapshot();
        const res = await act(LEAD, ticket, { action: 'close' });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(
          /cannot close a ticket that is new; allowed actions: dispatch, resolve/,
        );
        expect(await snapshot()).toEqual(before);
      });

      it('answers a wrong role with 403', async () => {
        const ticket = await open();
        const before = await snapshot();
        const res = await act(MANAGER, ticket, { action: 'dispatch' });
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(/only the desk may dispatch/);
        expect(await snapshot()).toEqual(before);
      });

      it('answers a stale version with 409', async () => {
        const ticket = await open();
        await act(AGENT, ticket, { action: 'dispatch' });
        const before = await snapshot();
        const res = await as(PM).post(`/tickets/${ticket.id}/actions`, {
          action: 'assign',
          assigneeRef: ENGINEER,
          version: 1,
        });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(
          /changed since version 1 \(now 2\)/,
        );
        expect(await snapshot()).toEqual(before);
      });

      it('refuses to assign someone outside the owner team', async () => {
        const ticket = await open();
        await act(AGENT, ticket, { action: 'dispatch' });
        const res = await act(PM, ticket, {
          action: 'assign',
          assigneeRef: OTHER_ENGINEER,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /not a member of the team that owns component:default\/ems-scada/,
        );
      });

      it("refuses to assign the ticket's PM, though the catalog lists him in the owner team", async () => {
        const ticket = await open();
        await act(AGENT, ticket, { action: 'dispatch' });
        const before = await snapshot();
        const res = await act(PM, ticket, {
          action: 'assign',
          assigneeRef: PM,
        });
        expect(res.status).toBe(400);
        // zhang.wei is a member of dispatch-team, which owns ems-scada (examples/org.yaml).
        expect(res.body.error.message).toMatch(
          /user:default\/zhang\.wei is the ticket's project manager; assign one of the engineers \(.*user:default\/ma\.chao/,
        );
        expect(res.body.error.message).not.toMatch(/\(.*zhang\.wei.*\)/);
        expect(await snapshot()).toEqual(before);
      });
    });

    it('lets exactly one of two simultaneous dispatches win', async () => {
      for (let round = 0; round < 5; round++) {
        const ticket = await open();
        const [a, b] = await Promise.all([
          as(AGENT).post(`/tickets/${ticket.id}/actions`, {
            action: 'dispatch',
            version: 1,
          }),
          as(AGENT2).post(`/tickets/${ticket.id}/actions`, {
            action: 'dispatch',
            version: 1,
          }),
        ]);
        expect([a.status, b.status].sort()).toEqual([200, 409]);
        const events = await knex(EVENTS).where({ ticket_id: ticket.id });
        expect(events.map(e => e.action).sort()).toEqual(['dispatch', 'open']);
        const loser = a.status === 409 ? a : b;
        expect(loser.body.error.message).toMatch(/changed/);
      }
    });

    describe('shows each person only the tickets they may see', () => {
      let mine: any;
      let theirs: any;
      beforeAll(async () => {
        mine = await open({ title: 'visibility: reporter and ems' });
        await act(AGENT, mine, { action: 'dispatch' });
        await act(PM, mine, { action: 'assign', assigneeRef: ENGINEER });
        theirs = await open({
          title: 'visibility: office network',
          entityRef: 'component:default/office-network',
          reporter: { name: 'Someone else' },
        });
      });

      const titlesFor = async (user: string) => {
        const res = await as(user).get(
          `/tickets?q=${encodeURIComponent('visibility:')}`,
        );
        expect(res.status).toBe(200);
        return res.body.items.map((t: any) => t.title).sort();
      };

      it.each<[string, string, string[]]>([
        [
          'the agent sees all',
          AGENT,
          ['visibility: office network', 'visibility: reporter and ems'],
        ],
        [
          'the manager sees all',
          MANAGER,
          ['visibility: office network', 'visibility: reporter and ems'],
        ],
        ['the PM sees their service', PM, ['visibility: reporter and ems']],
        [
          'the other PM sees theirs',
          'user:default/xu.jing',
          ['visibility: office network'],
        ],
        [
          'the assigned engineer sees it',
          ENGINEER,
          ['visibility: reporter and ems'],
        ],
        ['another engineer sees nothing', OTHER_ENGINEER, []],
        [
          'the reporter sees their own',
          REPORTER,
          ['visibility: reporter and ems'],
        ],
      ])('%s', async (_name, user, expected) => {
        expect(await titlesFor(user)).toEqual(expected);
      });

      it('hides a ticket from someone who may not see it (404) and refuses actions from a viewer (403)', async () => {
        expect(
          (await as(OTHER_ENGINEER).get(`/tickets/${theirs.id}`)).status,
        ).toBe(404);
        expect((await as(REPORTER).get(`/tickets/${mine.id}`)).status).toBe(
          200,
        );
        const res = await act(REPORTER, mine, {
          action: 'resolve',
          resolution: 'x',
        });
        expect(res.status).toBe(403);
      });

      it('lists the allowed actions of the caller with the ticket', async () => {
        expect(
          (await as(ENGINEER).get(`/tickets/${mine.id}`)).body.allowedActions,
        ).toEqual(['resolve', 'return', 'comment']);
        expect(
          (await as(AGENT).get(`/tickets/${mine.id}`)).body.allowedActions,
        ).toEqual(['comment']);
      });
    });

    it('lets a user report for themselves through the portal', async () => {
      const res = await as(REPORTER).post(
        '/tickets',
        newTicket({ channel: 'portal', reporter: { name: '周欣' } }),
      );
      expect(res.status).toBe(201);
      expect(res.body.reporter.userRef).toBe(REPORTER);
      const other = await as(REPORTER).post(
        '/tickets',
        newTicket({
          channel: 'portal',
          reporter: { name: 'x', userRef: AGENT },
        }),
      );
      expect(other.status).toBe(403);
    });

    it('filters and pages the list with a cursor', async () => {
      for (let i = 0; i < 5; i++)
        await open({ title: `paging ${i}`, kind: 'consultation' });
      const first = await as(AGENT).get(
        '/tickets?kind=consultation&limit=2&q=paging',
      );
      expect(first.body.totalCount).toBe(5);
      expect(first.body.items).toHaveLength(2);
      const seen = [...first.body.items];
      let cursor = first.body.nextCursor;
      while (cursor) {
        const page = await as(AGENT).get(
          `/tickets?kind=consultation&limit=2&q=paging&cursor=${cursor}`,
        );
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
      expect(seen.map(t => t.title).sort()).toEqual([
        'paging 0',
        'paging 1',
        'paging 2',
        'paging 3',
        'paging 4',
      ]);
      const oldest = await as(AGENT).get(
        '/tickets?kind=consultation&q=paging&order=oldest&limit=2',
      );
      expect(oldest.body.items.map((t: any) => t.title)).toEqual([
        'paging 0',
        'paging 1',
      ]);
      const rest = await as(AGENT).get(
        `/tickets?kind=consultation&q=paging&order=oldest&limit=10&cursor=${oldest.body.nextCursor}`,
      );
      expect(rest.body.items.map((t: any) => t.title)).toEqual([
        'paging 2',
        'paging 3',
        'paging 4',
      ]);
      const byEntity = await as(AGENT).get(
        '/tickets?entityRef=component:default/office-network',
      );
      expect(
        byEntity.body.items.every(
          (t: any) => t.entityRef === 'component:default/office-network',
        ),
      ).toBe(true);
      const mineOnly = await as(AGENT).get(
        `/tickets?involving=${encodeURIComponent(ENGINEER)}`,
      );
      expect(mineOnly.body.items.length).toBeGreaterThan(0);
    });

    it('lists with waitingOn=me the tickets that wait on the caller', async () => {
      const ticket = await open({ title: 'waits on the PM' });
      await act(AGENT, ticket, { action: 'dispatch' });
      const titles = async (user: string) =>
        (await as(user).get('/tickets?waitingOn=me&limit=200')).body.items.map(
          (t: any) => t.title,
        );
      expect(await titles(PM)).toContain('waits on the PM');
      expect(await titles(ENGINEER)).not.toContain('waits on the PM');
      await act(PM, ticket, { action: 'assign', assigneeRef: ENGINEER });
      expect(await titles(PM)).not.toContain('waits on the PM');
      expect(await titles(ENGINEER)).toContain('waits on the PM');
      const bad = await as(PM).get(
        `/tickets?waitingOn=${encodeURIComponent(PM)}`,
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/waitingOn/);
    });

    describe('import', () => {
      const history = (externalId: string, extra: object = {}) => ({
        ...newTicket(),
        externalId,
        acceptedAt: '2026-10-21T01:00:00Z',
        acceptedBy: AGENT,
        events: [
          { action: 'dispatch', actorRef: AGENT, at: '2026-10-21T01:20:00Z' },
          {
            action: 'assign',
            actorRef: PM,
            at: '2026-10-21T01:30:00Z',
            assigneeRef: ENGINEER,
          },
          {
            action: 'resolve',
            actorRef: ENGINEER,
            at: '2026-10-21T03:00:00Z',
            resolution: 'fixed',
          },
          {
            action: 'confirm_completion',
            actorRef: PM,
            at: '2026-10-21T03:10:00Z',
          },
          { action: 'confirm', actorRef: AGENT, at: '2026-10-21T03:15:00Z' },
          {
            action: 'callback',
            actorRef: LEAD,
            at: '2026-10-22T02:00:00Z',
            rating: 'satisfied',
            userConfirmed: true,
          },
          { action: 'close', actorRef: LEAD, at: '2026-10-22T02:01:00Z' },
        ],
        ...extra,
      });

      it('imports a history with its own times, once', async () => {
        const first = await as(LEAD).post('/import', {
          tickets: [history('old-1'), history('old-2')],
        });
        expect(first.status).toBe(201);
        expect(first.body.imported.map((t: any) => t.externalId)).toEqual([
          'old-1',
          'old-2',
        ]);
        expect(first.body.imported[0].displayId).toMatch(/^SD-202610-/);
        const ticket = await as(LEAD).get(
          `/tickets/${first.body.imported[0].id}`,
        );
        expect(ticket.body).toMatchObject({
          state: 'closed',
          acceptedAt: '2026-10-21T01:00:00.000Z',
          closedAt: '2026-10-22T02:01:00.000Z',
          satisfaction: 'satisfied',
          version: 8,
        });
        const again = await as(LEAD).post('/import', {
          tickets: [history('old-1'), history('old-3')],
        });
        expect(again.body.skipped.map((t: any) => t.externalId)).toEqual([
          'old-1',
        ]);
        expect(again.body.imported.map((t: any) => t.externalId)).toEqual([
          'old-3',
        ]);
      });

      it('refuses the whole batch when one record is bad, naming each by index and field', async () => {
        const before = await snapshot();
        const bad = history('bad-2');
        bad.events[1] = { ...bad.events[1], at: '2026-10-21T01:10:00Z' };
        const res = await as(LEAD).post('/import', {
          tickets: [
            history('good-1'),
            bad,
            history('bad-3', {
              events: [
                { action: 'close', actorRef: LEAD, at: '2026-10-21T02:00:00Z' },
              ],
            }),
            { ...history('bad-4'), kind: 'rumour' },
          ],
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/tickets\[1\]\.events\[1\]\.at/);
        expect(res.body.error.message).toMatch(
          /tickets\[2\]\.events\[0\]\.action: cannot close/,
        );
        expect(res.body.error.message).toMatch(/tickets\[3\]: kind/);
        expect(await snapshot()).toEqual(before);
      });

      it('is for the lead and managers only', async () => {
        const res = await as(AGENT).post('/import', {
          tickets: [history('x-1')],
        });
        expect(res.status).toBe(403);
      });
    });
  },
);
