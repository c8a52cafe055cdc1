import { mockCredentials } from '@backstage/backend-test-utils';
import { shiftAt } from '../roster/deskHours';
import request from 'supertest';
import { createTestDatabases } from '../testUtils/testDatabases';
import { serviceDeskTestConfig } from '../testUtils/serviceDeskTestConfig';
import { startDeskBackend } from '../testUtils/startDeskBackend';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const AGENT = 'user:default/li.na';
const config = serviceDeskTestConfig();
const PEOPLE = {
  desk: ['user:default/li.na', 'user:default/zhao.lei'],
  duty: ['user:default/chen.jie', 'user:default/sun.li'],
};

describe.each(databases.eachSupportedId())('roster and emergency alerts on %p', databaseId => {
  let desk: Awaited<ReturnType<typeof startDeskBackend>>;
  beforeAll(async () => {
    desk = await startDeskBackend({ knex: await databases.init(databaseId) });
  });

  it('says who is on duty now and next, from the shift groups', async () => {
    const res = await request(desk.server).get('/api/service-desk/roster/now').set('Authorization', mockCredentials.user.header(AGENT));
    expect(res.status).toBe(200);
    const { current, next } = res.body;
    expect(current.kind).toBe(shiftAt(new Date(), config.timeZone, config.deskHours).kind);
    expect(current.people).toEqual(PEOPLE[current.kind as 'desk' | 'duty']);
    expect(next.start).toBe(current.end);
    expect(next.people).toEqual(PEOPLE[next.kind as 'desk' | 'duty']);
  });

  it('alerts the shift on now and the lead when an emergency is opened', async () => {
    const res = await request(desk.server)
      .post('/api/service-desk/tickets')
      .set('Authorization', mockCredentials.user.header(AGENT))
      .send({
        kind: 'incident', emergency: true, occurredAt: new Date(Date.now() - 120_000).toISOString(),
        impact: 'high', urgency: 'high', category: 'other', title: 'dispatch link down', description: 'd',
        reporter: { name: 'r' }, channel: 'phone', entityRef: 'component:default/ems-scada',
      });
    expect(res.status).toBe(201);
    const alert = desk.notificationsSent.find(n => n.payload.scope === `service-desk-emergency:${res.body.id}`);
    const kind = shiftAt(new Date(), config.timeZone, config.deskHours).kind;
    expect(alert).toMatchObject({
      recipients: {
        type: 'entity',
        entityRef: [kind === 'desk' ? 'group:default/desk-agents' : 'group:default/duty-officers', 'group:default/desk-leads'],
      },
      payload: { severity: 'critical', link: `/service-desk/tickets/${res.body.id}` },
    });
  });
});
