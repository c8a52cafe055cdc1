import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { CALLS } from '../database/metrics/callFigures';
import { createTestDatabases } from '../testUtils/testDatabases';
import { startDeskBackend } from '../testUtils/startDeskBackend';
import { newTicket } from '../testUtils/ticketInput';

jest.setTimeout(60_000);

const AGENT = 'user:default/li.na';
const ENGINEER = 'user:default/ma.chao';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('calls on %p', databaseId => {
  let knex: Knex;
  let server: any;
  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startDeskBackend({ knex }));
  });
  const post = (url: string, body: object | string, auth = mockCredentials.user.header(AGENT), type?: string) => {
    const r = request(server).post(`/api/service-desk${url}`).set('Authorization', auth);
    return type ? r.set('Content-Type', type).send(body as string) : r.send(body as object);
  };
  const call = (callId: string, ringAt: string, wait: number) => ({
    callId,
    ringAt,
    answeredAt: new Date(Date.parse(ringAt) + wait * 1000).toISOString(),
  });
  const count = async () => Number((await knex(CALLS).count({ n: '*' }))[0].n);

  it('takes a batch from the telephone system once, however often it is sent', async () => {
    const batch = { calls: [call('J1', '2026-11-02T01:00:00Z', 5), call('J2', '2026-11-02T01:05:00Z', 25)] };
    const first = await post('/calls', batch, mockCredentials.service.header());
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ received: 2, added: 2, alreadyKnown: 0 });
    const again = await post('/calls', batch, mockCredentials.service.header());
    expect(again.body).toEqual({ received: 2, added: 0, alreadyKnown: 2 });
  });

  it('refuses a batch with one bad record whole, naming it', async () => {
    const before = await count();
    const res = await post('/calls', {
      calls: [call('J3', '2026-11-02T02:00:00Z', 5), { callId: 'J4', ringAt: '2026-11-02T02:00:00Z', answeredAt: '2026-11-02T01:00:00Z' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/calls\[1\]: answeredAt: is before ringAt/);
    expect(await count()).toBe(before);
  });

  it('reads a CSV upload, reporting bad rows by line and writing none of the file', async () => {
    const header = 'callId,ringAt,answeredAt,endedAt,agentRef,callerNumber,ivrRating';
    const bad = [header, 'C1,2026-11-03T01:00:00Z,2026-11-03T01:00:04Z,,user:default/li.na,0571-1,satisfied', 'C2,yesterday,,,,,', 'C3,2026-11-03T01:10:00Z,,,,,great'].join('\n');
    const before = await count();
    const res = await post('/calls/upload', bad, undefined, 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/line 3: ringAt/);
    expect(res.body.error.message).toMatch(/line 4: ivrRating/);
    expect(await count()).toBe(before);
    const good = [header, 'C1,2026-11-03T01:00:00Z,2026-11-03T01:00:04Z,,user:default/li.na,0571-1,satisfied', 'C5,2026-11-03T01:10:00Z,,,,,'].join('\n');
    const ok = await post('/calls/upload', good, undefined, 'text/csv');
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ received: 2, added: 2, alreadyKnown: 0 });
    expect((await post('/calls/upload', 'callId,ringAt\nX,2026-11-03T01:00:00Z', undefined, 'text/csv')).body.error.message).toMatch(/line 1: the header lacks answeredAt/);
  });

  it('links a call to one ticket only', async () => {
    const body = {
      kind: 'consultation', impact: 'low', urgency: 'low', category: 'other', title: 'from a call',
      description: 'asked how to reset a password', reporter: { name: 'x' }, channel: 'phone', entityRef: 'component:default/email-service',
    };
    const ticket = await post('/tickets', body);
    const other = await post('/tickets', { ...body, title: 'another' });
    expect((await post('/calls/J1/ticket', { ticketId: ticket.body.id })).status).toBe(200);
    expect((await post('/calls/J1/ticket', { ticketId: ticket.body.id })).status).toBe(200);
    const conflict = await post('/calls/J1/ticket', { ticketId: other.body.id });
    expect(conflict.status).toBe(409);
    expect((await post('/calls/nope/ticket', { ticketId: ticket.body.id })).status).toBe(404);
  });

  it('opens a ticket from a call, linking both at once; a call already taken opens nothing', async () => {
    await post('/calls', { calls: [call('P1', '2026-11-04T01:00:00Z', 6)] });
    const tickets = async () => Number((await knex('service_desk_tickets').count({ n: '*' }))[0].n);
    const opened = await post('/tickets', newTicket({ callId: 'P1' }));
    expect(opened.status).toBe(201);
    expect(String((await knex(CALLS).where({ call_id: 'P1' }).first()).ticket_id)).toBe(opened.body.id);
    const history = await request(server).get(`/api/service-desk/tickets/${opened.body.id}`).set('Authorization', mockCredentials.user.header(AGENT));
    expect(history.body.events[0].data).toMatchObject({ callId: 'P1' });

    const before = await tickets();
    const again = await post('/tickets', newTicket({ callId: 'P1' }));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(`call P1 is already linked to ticket ${opened.body.id}`);
    const unknown = await post('/tickets', newTicket({ callId: 'no-such-call' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('callId: no call no-such-call');
    expect(await tickets()).toBe(before);
  });

  it('is for the desk and the telephone system only', async () => {
    const res = await post('/calls', { calls: [call('J9', '2026-11-02T01:00:00Z', 5)] }, mockCredentials.user.header(ENGINEER));
    expect(res.status).toBe(403);
  });

  it("gives today's answer rate to the desk", async () => {
    const now = Date.now();
    await post('/calls', { calls: [call('T1', new Date(now - 60_000).toISOString(), 5), call('T2', new Date(now - 50_000).toISOString(), 30)] });
    const res = await request(server).get('/api/service-desk/calls/today').set('Authorization', mockCredentials.user.header(AGENT));
    expect(res.body).toMatchObject({ answered: 2, inTime: 1, rate: 0.5, answerSeconds: 20 });
  });
});
