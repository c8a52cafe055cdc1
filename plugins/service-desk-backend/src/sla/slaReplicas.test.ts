import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { SLA_WARNINGS } from '../database/tables';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/**
 * Two backends on one database, each with the real scheduler sweeping every second: the sweep
 * runs once per tick across them, and each warning reaches people exactly once.
 */
describe.each(databases.eachSupportedId())(
  'SLA sweep with two replicas on %p',
  databaseId => {
    it('sends each warning once', async () => {
      const knex: Knex = await databases.init(databaseId);
      const config = {
        serviceDesk: {
          ...serviceDeskTestConfig(),
          sla: { sweepSeconds: 1, warnAt: [0.5, 0.8] },
        },
      };
      // Started one after the other, as a rollout does: knex cannot create its own migration
      // tables from two processes at the very same moment on a new database.
      const start = () =>
        startDeskBackend({
          knex,
          extraConfig: config,
          services: [schedulerServiceFactory],
        });
      const replicas = [await start(), await start()];
      const MIN = 60_000;
      const now = Date.now();
      const imported = await request(replicas[0].server)
        .post('/api/service-desk/import')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/wang.fang'),
        )
        .send({
          tickets: [
            {
              externalId: 'replica-emergency',
              kind: 'incident',
              emergency: true,
              occurredAt: new Date(now - 13 * MIN).toISOString(),
              impact: 'high',
              urgency: 'high',
              category: 'other',
              title: 'feeder trip',
              description: 'd',
              reporter: { name: 'r' },
              channel: 'phone',
              entityRef: 'component:default/ems-scada',
              acceptedAt: new Date(now - 12 * MIN).toISOString(),
              acceptedBy: 'user:default/li.na',
            },
          ],
        });
      expect(imported.status).toBe(201);
      const id = imported.body.imported[0].id;
      const sent = () =>
        replicas
          .flatMap(r => r.notificationsSent)
          .filter(n => n.payload.link === `/service-desk/tickets/${id}`);
      const deadline = Date.now() + 60_000;
      while (sent().length < 1 && Date.now() < deadline)
        await new Promise(r => setTimeout(r, 500));
      // Let both replicas tick a few more times: nothing more may go out.
      await new Promise(r => setTimeout(r, 3500));
      expect(
        sent()
          .map(n => n.payload.scope)
          .sort(),
      ).toEqual([`service-desk-sla:${id}:emergencyResponse:80`]);
      expect(replicas.every(r => r.notificationsSent.length <= 1)).toBe(true);
      // 13 of 15 minutes used at the first sweep: 80 % went out, 50 % is recorded as overtaken.
      expect(
        await knex(SLA_WARNINGS)
          .where({ ticket_id: id })
          .orderBy('level')
          .select('level', 'superseded_by'),
      ).toEqual([
        { level: '50', superseded_by: '80' },
        { level: '80', superseded_by: null },
      ]);
      await Promise.all(replicas.map(r => r.backend.stop()));
    });
  },
);
