import { DateTime } from 'luxon';
import { RosterSlot, RosterView } from '@internal/plugin-service-desk-common';
import { isDeskDay } from '../roster/deskHours';
import { asUser } from '../__testUtils__/deskApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const LEAD = 'user:default/wang.fang';
const MANAGER = 'user:default/huang.wei';
const AGENTS = ['user:default/li.na', 'user:default/zhao.lei'];
const DUTY = ['user:default/chen.jie', 'user:default/sun.li'];
const PM = 'user:default/zhang.wei';
const { timeZone, deskHours } = serviceDeskTestConfig();

/** Holders by rotation: agents take turns on desk slots, duty officers on duty slots. */
function rotation(view: RosterView) {
  let desk = 0;
  let duty = 0;
  return view.slots.map(s => ({
    date: s.date,
    kind: s.kind,
    holder: s.kind === 'desk' ? AGENTS[desk++ % 2] : DUTY[duty++ % 2],
  }));
}

describe.each(databases.eachSupportedId())(
  'the duty roster on %p',
  databaseId => {
    let desk: Awaited<ReturnType<typeof startDeskBackend>>;
    const get = (user: string, path: string) =>
      asUser(desk.server, user).get(path);
    const post = (user: string, path: string, body: object) =>
      asUser(desk.server, user).post(path, body);
    // A week at least two weeks ahead, so every slot lies in the future whenever the test runs,
    // with four desk days or more (not a holiday week).
    let monday = DateTime.now()
      .setZone(timeZone)
      .startOf('week')
      .plus({ weeks: 2 });
    const deskDays = (m: DateTime) =>
      [0, 1, 2, 3, 4, 5, 6].filter(d =>
        isDeskDay(m.plus({ days: d }).toISODate()!, deskHours),
      ).length;
    while (deskDays(monday) < 4) monday = monday.plus({ weeks: 1 });
    const from = monday.toISODate()!;
    const to = monday.plus({ days: 6 }).toISODate()!;
    const week = async () =>
      (await get(LEAD, `/roster?from=${from}&to=${to}`)).body as RosterView;
    const slot = (view: RosterView, ref: { date: string; kind: string }) =>
      view.slots.find(
        s => s.date === ref.date && s.kind === ref.kind,
      ) as RosterSlot;
    let deskSlots: RosterSlot[];

    beforeAll(async () => {
      desk = await startDeskBackend({ knex: await databases.init(databaseId) });
    });

    it('shows the desk and managers an unplanned week, with who may hold each kind of slot', async () => {
      const res = await get(AGENTS[0], `/roster?from=${from}&to=${to}`);
      expect(res.status).toBe(200);
      expect(
        res.body.slots.filter((s: RosterSlot) => s.kind === 'duty'),
      ).toHaveLength(7);
      expect(
        res.body.slots.every(
          (s: RosterSlot) => s.holder === undefined && s.onDuty.length === 0,
        ),
      ).toBe(true);
      expect(res.body.eligible).toEqual({
        desk: [...AGENTS, LEAD].sort(),
        duty: [...DUTY, LEAD].sort(),
      });
      expect((await get(MANAGER, `/roster?from=${from}&to=${to}`)).status).toBe(
        200,
      );
      expect((await get(PM, `/roster?from=${from}&to=${to}`)).status).toBe(403);
      expect(
        (await get(LEAD, `/roster?from=${to}&to=${from}`)).body.error.message,
      ).toMatch(/to.*before from/);
    });

    it('refuses a plan that leaves a slot empty or puts someone ineligible on it, and saves nothing', async () => {
      const full = rotation(await week());
      const missing = await post(LEAD, '/roster/plan', {
        from,
        to,
        assignments: full.slice(1),
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain(
        `nobody is on ${full[0].date} ${full[0].kind}`,
      );
      const wrong = full.map((a, i) => (i === 0 ? { ...a, holder: PM } : a));
      const ineligible = await post(LEAD, '/roster/plan', {
        from,
        to,
        assignments: wrong,
      });
      expect(ineligible.status).toBe(400);
      expect(ineligible.body.error.message).toContain(`${PM} may not hold`);
      expect(
        (await post(AGENTS[0], '/roster/plan', { from, to, assignments: full }))
          .status,
      ).toBe(403);
      expect((await week()).slots.every(s => s.holder === undefined)).toBe(
        true,
      );
    });

    it('saves the lead’s plan for the week', async () => {
      const full = rotation(await week());
      const res = await post(LEAD, '/roster/plan', {
        from,
        to,
        assignments: full,
      });
      expect(res.status).toBe(200);
      const view = res.body as RosterView;
      expect(view.slots.map(s => s.holder)).toEqual(full.map(a => a.holder));
      expect(view.slots[0]).toMatchObject({
        plannedBy: LEAD,
        onDuty: [{ userRef: full[0].holder }],
      });
      deskSlots = view.slots.filter(s => s.kind === 'desk');
      expect(deskSlots.length).toBeGreaterThanOrEqual(4);
    });

    it('lets the lead arrange a short cover alone; the person on duty changes for that stretch', async () => {
      const s = deskSlots[0];
      const start = new Date(Date.parse(s.start) + 3_600_000).toISOString();
      const end = new Date(Date.parse(s.start) + 3 * 3_600_000).toISOString();
      const cover = {
        date: s.date,
        kind: 'desk',
        type: 'cover',
        replacement: LEAD,
        start,
        end,
        reason: 'dentist',
      };
      expect((await post(MANAGER, '/roster/changes', cover)).status).toBe(403);
      const res = await post(LEAD, '/roster/changes', cover);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'approved',
        needsApproval: false,
        holder: s.holder,
      });
      expect(slot(await week(), s).onDuty).toEqual([
        { userRef: s.holder, start: s.start, end: start },
        { userRef: LEAD, start, end, changeId: res.body.id },
        { userRef: s.holder, start: end, end: s.end },
      ]);
      const overlap = await post(LEAD, '/roster/changes', {
        ...cover,
        replacement: AGENTS.find(a => a !== s.holder),
      });
      expect(overlap.status).toBe(409);
      const noCover = await post(LEAD, '/roster/changes', {
        ...cover,
        replacement: undefined,
      });
      expect(noCover.status).toBe(400);
      expect(noCover.body.error.message).toContain('replacement');
    });

    it('holds a whole-slot cover for the IT manager, who decides it once', async () => {
      const s = deskSlots[1];
      const other = AGENTS.find(a => a !== s.holder)!;
      const res = await post(LEAD, '/roster/changes', {
        date: s.date,
        kind: 'desk',
        type: 'cover',
        replacement: other,
        reason: 'training day',
      });
      expect(res.body).toMatchObject({
        status: 'pending',
        needsApproval: true,
        start: s.start,
        end: s.end,
      });
      // The test desk writes in Chinese; the people by their catalog names.
      const names: Record<string, string> = {
        [AGENTS[0]]: '李娜 Li Na',
        [AGENTS[1]]: '赵磊 Zhao Lei',
      };
      const asked = `${names[other]} 接替 ${names[s.holder!]}`;
      expect(desk.notificationsSent.at(-1)).toEqual({
        recipients: {
          type: 'entity',
          entityRef: ['group:default/it-managers'],
        },
        payload: expect.objectContaining({
          title: expect.stringMatching(
            /^顶岗待审批：\d{4}年\d+月\d+日（周.）白班$/,
          ),
          description: expect.stringContaining(asked),
          link: `/service-desk/roster?date=${s.date}`,
          topic: 'service-desk-roster',
          scope: `service-desk-roster:${res.body.id}:pending`,
        }),
      });
      expect(slot(await week(), s).onDuty).toEqual([
        { userRef: s.holder, start: s.start, end: s.end },
      ]);
      expect(
        (await get(MANAGER, '/roster/changes/pending')).body.items.map(
          (c: { id: string }) => c.id,
        ),
      ).toContain(res.body.id);

      expect(
        (
          await post(LEAD, `/roster/changes/${res.body.id}/decision`, {
            approve: true,
          })
        ).status,
      ).toBe(403);
      const approved = await post(
        MANAGER,
        `/roster/changes/${res.body.id}/decision`,
        { approve: true, note: 'ok' },
      );
      expect(approved.body).toMatchObject({
        status: 'approved',
        decidedBy: MANAGER,
        decisionNote: 'ok',
      });
      const told = desk.notificationsSent.at(-1)!;
      expect(told.recipients).toEqual({
        type: 'entity',
        entityRef: [LEAD, s.holder, other],
      });
      expect(told.payload.title).toMatch(/^顶岗已批准：/);
      expect(told.payload.description).toContain(asked);
      expect(told.payload.description).not.toContain('user:default/');
      expect(told.payload.scope).toBe(
        `service-desk-roster:${res.body.id}:approved`,
      );
      expect(slot(await week(), s).onDuty).toEqual([
        { userRef: other, start: s.start, end: s.end, changeId: res.body.id },
      ]);
      const again = await post(
        MANAGER,
        `/roster/changes/${res.body.id}/decision`,
        { approve: false },
      );
      expect(again.status).toBe(409);
      expect(
        (
          await post(MANAGER, '/roster/changes/999999/decision', {
            approve: true,
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await post(MANAGER, '/roster/changes/x;drop/decision', {
            approve: true,
          })
        ).status,
      ).toBe(400);

      const replan = rotation(await week()).map(a =>
        a.date === s.date && a.kind === 'desk' ? { ...a, holder: other } : a,
      );
      const conflict = await post(LEAD, '/roster/plan', {
        from,
        to,
        assignments: replan,
      });
      expect(conflict.status).toBe(409);
      expect(conflict.body.error.message).toContain(`${s.date} desk`);
    });

    it('swaps two people’s slots once approved, and a refused swap changes nothing', async () => {
      // The rotation gives consecutive desk slots to different agents.
      const [a, partner] = [deskSlots[2], deskSlots[3]];
      const swap = {
        date: a.date,
        kind: 'desk',
        type: 'swap',
        replacement: partner.holder,
        swapWith: { date: partner.date, kind: 'desk' },
        reason: 'family',
      };
      const refused = await post(LEAD, '/roster/changes', swap);
      await post(MANAGER, `/roster/changes/${refused.body.id}/decision`, {
        approve: false,
      });
      expect(slot(await week(), a).onDuty[0].userRef).toBe(a.holder);

      const res = await post(LEAD, '/roster/changes', swap);
      expect(res.status).toBe(201);
      await post(MANAGER, `/roster/changes/${res.body.id}/decision`, {
        approve: true,
      });
      const view = await week();
      expect(slot(view, a).onDuty.map(x => x.userRef)).toEqual([
        partner.holder,
      ]);
      expect(slot(view, partner).onDuty.map(x => x.userRef)).toEqual([
        a.holder,
      ]);
      const wrongPartner = await post(LEAD, '/roster/changes', {
        ...swap,
        replacement: a.holder,
      });
      expect(wrongPartner.status).toBe(400);
    });

    it('names the person on duty now, and an emergency alerts them and the lead', async () => {
      const before = (await get(AGENTS[0], '/roster/now')).body;
      expect(before.current).toMatchObject({
        planned: false,
        people: before.current.kind === 'desk' ? AGENTS : DUTY,
      });
      expect(before.next.start).toBe(before.current.end);
      const day = (
        await get(
          LEAD,
          `/roster?from=${before.current.date}&to=${before.current.date}`,
        )
      ).body as RosterView;
      const plan = day.slots.map(s => ({
        date: s.date,
        kind: s.kind,
        holder: s.kind === 'desk' ? AGENTS[1] : DUTY[1],
      }));
      const date = before.current.date;
      expect(
        (
          await post(LEAD, '/roster/plan', {
            from: date,
            to: date,
            assignments: plan,
          })
        ).status,
      ).toBe(200);
      const onNow = before.current.kind === 'desk' ? AGENTS[1] : DUTY[1];
      expect((await get(AGENTS[0], '/roster/now')).body.current).toMatchObject({
        planned: true,
        people: [onNow],
      });

      const res = await post(AGENTS[0], '/tickets', {
        kind: 'incident',
        emergency: true,
        occurredAt: new Date(Date.now() - 120_000).toISOString(),
        impact: 'high',
        urgency: 'high',
        category: 'other',
        title: 'dispatch link down',
        description: 'd',
        reporter: { name: 'r' },
        channel: 'phone',
        entityRef: 'component:default/ems-scada',
      });
      expect(res.status).toBe(201);
      await desk.settled();
      const alert = desk.notificationsSent.find(
        n => n.payload.scope === `service-desk-emergency:${res.body.id}`,
      );
      expect(alert).toMatchObject({
        recipients: {
          type: 'entity',
          entityRef: [onNow, 'group:default/desk-leads'],
        },
        payload: {
          severity: 'critical',
          link: `/service-desk/tickets/${res.body.id}`,
        },
      });
    });
  },
);
