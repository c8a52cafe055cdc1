import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { ALERTS, ALERT_DEAD_LETTERS, TICKETS } from '../database/tables';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const ENGINEER = 'user:default/ma.chao';
/** The monitoring system's service credential (serviceDesk.alerts.senders of app-config.yaml). */
const MONITORING = externalCaller('external:monitoring');
const TELEPHONE = externalCaller('external:telephone-system');

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('alerts on %p', databaseId => {
  let knex: Knex;
  let server: any;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startDeskBackend({ knex }));
  });
  const minutesAgo = (m: number) =>
    new Date(Date.now() - m * 60_000).toISOString();
  const alert = (fingerprint: string, extra: object = {}) => ({
    fingerprint,
    service: 'component:default/ems-scada',
    severity: 'major',
    summary: 'EMS 主站 SCADA 全部遥测不刷新',
    occurredAt: minutesAgo(5),
    ...extra,
  });
  const send = (body: unknown, auth = MONITORING) =>
    request(server)
      .post('/api/service-desk/alerts')
      .set('Authorization', auth)
      .send(body as object);
  const get = (url: string, user = AGENT) =>
    request(server)
      .get(`/api/service-desk${url}`)
      .set('Authorization', mockCredentials.user.header(user));
  const count = async (table: string) =>
    Number((await knex(table).count({ n: '*' }))[0].n);

  it('opens a ticket on the monitoring channel, routed like any other, and joins repeats to it', async () => {
    const body = alert('ems-scada/telemetry-stale');
    const first = await send(body);
    expect(first.status).toBe(201);
    expect(first.body.alert).toMatchObject({
      fingerprint: 'ems-scada/telemetry-stale',
      service: 'component:default/ems-scada',
      sender: 'external:monitoring',
      opened: true,
    });
    const ticket = (await get(`/tickets/${first.body.ticket.id}`)).body;
    expect(ticket).toMatchObject({
      channel: 'monitoring',
      acceptedBy: 'external:monitoring',
      title: 'EMS 主站 SCADA 全部遥测不刷新',
      impact: 'high',
      urgency: 'medium',
      emergency: false,
      occurredAt: body.occurredAt,
      entityRef: 'component:default/ems-scada',
      state: 'new',
    });
    expect(ticket.projectManagerRef).toMatch(/^user:default\//);
    expect(ticket.description).toContain('ems-scada/telemetry-stale');

    const again = await send({ ...body, occurredAt: minutesAgo(1) });
    expect(again.status).toBe(200);
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    expect(again.body.alert.opened).toBe(false);
    // A repeat naming a service the catalog does not know joins nothing.
    const stray = await send({
      ...body,
      service: 'component:default/no-such',
    });
    expect(stray.status).toBe(400);
    expect(stray.body.error.message).toMatch(/^service: no catalog entity/);
    const listed = (await get(`/tickets/${first.body.ticket.id}/alerts`)).body
      .items;
    expect(listed.map((a: any) => a.opened)).toEqual([true, false]);
  });

  it('makes one ticket of a burst of the same alert', async () => {
    const before = await count(TICKETS);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => send(alert('ems-scada/burst'))),
    );
    expect(answers.map(a => a.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(answers.map(a => a.body.ticket.id)).size).toBe(1);
    expect(await count(TICKETS)).toBe(before + 1);
    expect(
      await knex(ALERTS)
        .where({ fingerprint: 'ems-scada/burst' })
        .count({ n: '*' }),
    ).toEqual([{ n: databaseId.startsWith('POSTGRES') ? '12' : 12 }]);
  });

  it('opens a new ticket once the one of its fingerprint is no longer being worked on', async () => {
    const first = await send(alert('ems-scada/back-again'));
    // The engineer resolved it; the fault comes back.
    await knex(TICKETS)
      .where({ id: first.body.ticket.id })
      .update({ state: 'resolved' });
    const back = await send(alert('ems-scada/back-again'));
    expect(back.status).toBe(201);
    expect(back.body.ticket.id).not.toBe(first.body.ticket.id);
  });

  it('opens an emergency from its own time for a critical alert', async () => {
    const body = alert('ems-scada/down', { severity: 'critical' });
    const res = await send(body);
    expect(res.status).toBe(201);
    const ticket = (await get(`/tickets/${res.body.ticket.id}`)).body;
    expect(ticket).toMatchObject({
      emergency: true,
      occurredAt: body.occurredAt,
      impact: 'high',
      urgency: 'high',
    });
  });

  it('refuses what is not an alert from monitoring, keeps the bad ones for the desk, and changes no ticket', async () => {
    const tickets = await count(TICKETS);
    const letters = await count(ALERT_DEAD_LETTERS);
    const user = await send(alert('x'), mockCredentials.user.header(AGENT));
    expect(user.status).toBe(403);
    expect(user.body.error.message).toMatch(/serviceDesk.alerts.senders/);
    expect((await send(alert('x'), TELEPHONE)).status).toBe(403);
    // Refused callers are not kept: a stranger cannot fill the desk's list.
    expect(await count(ALERT_DEAD_LETTERS)).toBe(letters);

    const cases: Array<[unknown, RegExp]> = [
      [{ ...alert('y'), fingerprint: undefined }, /^fingerprint: /],
      [
        alert('y', { severity: 'apocalyptic' }),
        /^severity: 'apocalyptic' is not one of critical, major, minor, warning/,
      ],
      [
        alert('y', { service: 'component:default/no-such' }),
        /^service: no catalog entity component:default\/no-such/,
      ],
      [alert('y', { occurredAt: 'yesterday' }), /^occurredAt: /],
      [
        alert('y', {
          severity: 'critical',
          occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
        /occurredAt: .* is after/,
      ],
      [{ ...alert('y'), extra: 1 }, /Unrecognized key/],
    ];
    for (const [body, message] of cases) {
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await count(TICKETS)).toBe(tickets);
    const kept = (await get('/alerts/dead-letters')).body.items;
    expect(kept).toHaveLength(letters + cases.length);
    expect(kept[0]).toMatchObject({
      sender: 'external:monitoring',
      status: 400,
      reason: expect.stringMatching(/Unrecognized key/),
      body: expect.stringContaining('"extra":1'),
    });
    // A refused alert leaves its fingerprint free: the next good one opens its ticket.
    expect((await send(alert('y'))).status).toBe(201);
    expect((await get('/alerts/dead-letters', ENGINEER)).status).toBe(403);
  });

  it("shows a ticket's alerts only to those who may read the ticket", async () => {
    const res = await send(alert('ems-scada/private'));
    const other = 'user:default/zhou.xin';
    expect(
      (await get(`/tickets/${res.body.ticket.id}/alerts`, other)).status,
    ).toBe(404);
    expect((await get('/tickets/abc/alerts')).status).toBe(400);
  });
});
