import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DEMO_USERS, deskClient } from '../__testUtils__/deskClient';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(90_000);

const { agent: AGENT, lead: LEAD, pm: PM } = DEMO_USERS;
/** A portal user with no desk role. */
const REPORTER = 'user:default/zhou.xin';
const MINUTE = 60_000;

const databases = createTestDatabases();

/**
 * SPEC §5 and §9: an emergency's response time is the desk's recorded notification of the people
 * concerned minus the occurred-at the desk recorded. A reporter cannot move either, a dispatch is
 * not a notification, and every change the desk makes is an event listed beside the deduction.
 */
describe.each(databases.eachSupportedId())(
  'emergency response inputs on %p',
  databaseId => {
    let knex: Knex;
    let as: ReturnType<typeof deskClient>;
    // The month that holds now, in the desk's zone: where the tickets opened here are counted.
    const month = DateTime.now().setZone('Asia/Shanghai').toFormat('yyyy-MM');
    const responseItem = async () => {
      const res = await as(LEAD).get(`/scorecard?kind=month&period=${month}`);
      expect(res.status).toBe(200);
      return res.body.operational.items.find(
        (i: any) => i.id === 'emergencyResponse',
      );
    };
    const ago = (minutes: number) =>
      new Date(Date.now() - minutes * MINUTE).toISOString();
    const portalEmergency = (occurredAt: string) =>
      newTicket({
        emergency: true,
        occurredAt,
        channel: 'portal',
        reporter: { name: '周欣', userRef: REPORTER },
      });
    const act = async (user: string, id: string, body: object) => {
      const { version } = (await as(LEAD).get(`/tickets/${id}`)).body;
      return as(user).post(`/tickets/${id}/actions`, { version, ...body });
    };

    let desk: Awaited<ReturnType<typeof startDeskBackend>>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      desk = await startDeskBackend({ knex });
      as = deskClient(desk.server);
    });

    afterAll(async () => {
      // The backend first: it finishes the deliveries under way on the connection.
      await desk.backend.stop();
      await knex.destroy();
    });

    it("keeps a reporter's occurred-at as a claim that feeds no figure", async () => {
      const before = await responseItem();
      const claimed = ago(20 * 24 * 60);
      for (let i = 0; i < 2; i++) {
        const res = await as(REPORTER).post(
          '/tickets',
          portalEmergency(claimed),
        );
        expect(res.status).toBe(201);
        expect(res.body.occurredAt).toBeUndefined();
        expect(res.body.occurredAtClaimed).toBe(claimed);
      }
      // The response clock runs from when the emergencies reached the desk: not 20 days late.
      expect((await responseItem()).score).toBe(before.score);
    });

    it('refuses an occurred-at long before the ticket, from anyone', async () => {
      for (const user of [AGENT, REPORTER]) {
        const body =
          user === AGENT ? newTicket({ emergency: true }) : portalEmergency('');
        const res = await as(user).post('/tickets', {
          ...body,
          occurredAt: '0000-01-01T00:00:00Z',
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /occurredAt: .*more than 30 days before/,
        );
      }
    });

    it('lets only the desk confirm the time, as an event with its reason listed beside the deduction', async () => {
      const claimed = ago(3 * 24 * 60);
      const opened = (
        await as(REPORTER).post('/tickets', portalEmergency(claimed))
      ).body;
      const before = await responseItem();

      const byReporter = await act(REPORTER, opened.id, {
        action: 'set_occurred_at',
        occurredAt: ago(5),
        comment: 'it was just now really',
      });
      expect(byReporter.status).toBe(403);
      const noReason = await act(AGENT, opened.id, {
        action: 'set_occurred_at',
        occurredAt: claimed,
      });
      expect(noReason.status).toBe(400);
      const inFuture = await act(AGENT, opened.id, {
        action: 'set_occurred_at',
        occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
        comment: 'typo',
      });
      expect(inFuture.status).toBe(400);

      const confirmed = await act(AGENT, opened.id, {
        action: 'set_occurred_at',
        occurredAt: claimed,
        comment: 'the caller confirmed the time by phone',
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.occurredAt).toBe(claimed);
      const history = (await as(LEAD).get(`/tickets/${opened.id}`)).body.events;
      expect(history.at(-1)).toMatchObject({
        action: 'set_occurred_at',
        actorRef: AGENT,
        comment: 'the caller confirmed the time by phone',
        data: { occurredAt: claimed, previousOccurredAt: null },
      });

      // Now 3 days late and never notified: −2, with the correction as evidence.
      const after = await responseItem();
      expect(after.score).toBe(before.score - 2);
      const line = after.deductions.find(
        (d: any) => d.evidence[0].id === opened.id,
      );
      expect(line.evidence).toEqual([
        expect.objectContaining({ type: 'ticket', id: opened.id }),
        expect.objectContaining({
          type: 'correction',
          ticketId: opened.id,
          label: expect.stringMatching(
            /occurred-at — → .*li\.na.*the caller confirmed the time by phone/,
          ),
        }),
      ]);
    });

    it('takes the notification, not the dispatch, as the end of the response', async () => {
      const opened = (
        await as(AGENT).post(
          '/tickets',
          newTicket({ emergency: true, occurredAt: ago(2) }),
        )
      ).body;
      const dispatched = await act(AGENT, opened.id, { action: 'dispatch' });
      expect(dispatched.status).toBe(200);
      expect(dispatched.body.notifiedAt).toBeUndefined();
      const nobody = await act(AGENT, opened.id, { action: 'notify' });
      expect(nobody.status).toBe(400);
      expect(nobody.body.error.message).toMatch(/notifiedWhom/);
      const byPm = await act(PM, opened.id, {
        action: 'notify',
        notifiedWhom: 'myself',
      });
      expect(byPm.status).toBe(403);
      const told = await act(AGENT, opened.id, {
        action: 'notify',
        notifiedWhom: '项目经理 张伟、调度员 李强',
      });
      expect(told.status).toBe(200);
      expect(Date.parse(told.body.notifiedAt)).toBeGreaterThan(
        Date.parse(dispatched.body.updatedAt) - 1,
      );
      const events = (await as(LEAD).get(`/tickets/${opened.id}`)).body.events;
      expect(events.at(-1)).toMatchObject({
        action: 'notify',
        data: { notifiedWhom: '项目经理 张伟、调度员 李强' },
      });
    });

    it('records a dispatch that names whom the desk told as the notification too', async () => {
      const opened = (
        await as(AGENT).post(
          '/tickets',
          newTicket({ emergency: true, occurredAt: ago(1) }),
        )
      ).body;
      const res = await act(AGENT, opened.id, {
        action: 'dispatch',
        notifiedWhom: '项目经理 张伟',
      });
      expect(res.status).toBe(200);
      expect(res.body.state).toBe('with_pm');
      expect(res.body.notifiedAt).toBe(res.body.handedOverAt);
    });
  },
);
