import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { ENTRIES } from '../database/tables';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';

jest.setTimeout(60_000);

const MANAGER = 'user:default/huang.wei';
const LEAD = 'user:default/wang.fang';
const AGENT = 'user:default/li.na';
const ENGINEER = 'user:default/ma.chao';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'assessment entries on %p',
  databaseId => {
    let knex: Knex;
    let server: any;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ server } = await startDeskBackend({ knex }));
    });

    const post = (user: string, body: object) =>
      request(server)
        .post('/api/service-desk/assessment-entries')
        .set('Authorization', mockCredentials.user.header(user))
        .send(body);
    const list = (user: string, query = '') =>
      request(server)
        .get(`/api/service-desk/assessment-entries${query}`)
        .set('Authorization', mockCredentials.user.header(user));
    const permit = {
      kind: 'permit_failure',
      occurredAt: '2026-11-03T02:00:00Z',
      description: '一级检修开工报工不合格',
    };

    it('lets a manager record an item and a correction, never changing the first', async () => {
      const first = await post(MANAGER, permit);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        kind: 'permit_failure',
        recordedBy: MANAGER,
        occurredAt: '2026-11-03T02:00:00.000Z',
      });
      const correction = await post(MANAGER, {
        kind: 'void',
        voidsId: first.body.id,
        occurredAt: '2026-11-03T02:00:00Z',
        description: 'recorded twice',
      });
      expect(correction.status).toBe(201);
      const again = await post(MANAGER, {
        kind: 'void',
        voidsId: first.body.id,
        occurredAt: '2026-11-03T02:00:00Z',
        description: 'x',
      });
      expect(again.status).toBe(409);
      const items = (
        await list(LEAD, '?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z')
      ).body.items;
      expect(items.find((e: any) => e.id === first.body.id)).toMatchObject({
        description: '一级检修开工报工不合格',
        voidedById: correction.body.id,
      });
    });

    it.each<[string, string, object, number, RegExp]>([
      ['an agent recording', AGENT, permit, 403, /only managers/],
      [
        'a special-work entry without a grade',
        MANAGER,
        { ...permit, kind: 'special_work' },
        400,
        /grade: must be one of on_time_good/,
      ],
      [
        'an NDA breach without a head count',
        MANAGER,
        { ...permit, kind: 'ops_security', grade: 'no_nda' },
        400,
        /persons/,
      ],
      [
        'an event-response failure without its ticket',
        MANAGER,
        { ...permit, kind: 'event_response_failure' },
        400,
        /ticketId/,
      ],
      [
        'an unknown ticket',
        MANAGER,
        { ...permit, kind: 'event_response_failure', ticketId: '424242' },
        400,
        /ticketId: no ticket 424242/,
      ],
      [
        'a correction of nothing',
        MANAGER,
        { ...permit, kind: 'void', voidsId: '999999' },
        400,
        /voidsId: no entry/,
      ],
      [
        'a date without zone',
        MANAGER,
        { ...permit, occurredAt: '2026-11-03 10:00' },
        400,
        /occurredAt/,
      ],
    ])(
      'refuses %s and writes nothing',
      async (_name, user, body, status, message) => {
        const before = await knex(ENTRIES).count({ n: '*' });
        const res = await post(user, body);
        expect(res.status).toBe(status);
        expect(res.body.error.message).toMatch(message);
        expect(await knex(ENTRIES).count({ n: '*' })).toEqual(before);
      },
    );

    it('shows entries to the desk and managers only', async () => {
      expect((await list(AGENT)).status).toBe(200);
      expect((await list(ENGINEER)).status).toBe(403);
    });
  },
);
