import { mockCredentials } from '@backstage/backend-test-utils';
import fs from 'fs';
import { Knex } from 'knex';
import path from 'path';
import request from 'supertest';
import yaml from 'yaml';
import { EVENTS } from '../database/tables';
import { DEMO_USERS as U, deskClient } from '../__testUtils__/deskClient';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(120_000);

/** Every operation of openapi.yaml, which openapi.test.ts holds equal to the router's routes. */
const operations = Object.entries(
  yaml.parse(
    fs.readFileSync(path.join(__dirname, '../schema/openapi.yaml'), 'utf8'),
  ).paths as Record<string, object>,
).flatMap(([route, ops]) =>
  Object.keys(ops).map(method => ({ method: method.toUpperCase(), route })),
);

/**
 * Statements that would empty the history at once. PostgreSQL's TRUNCATE fires no row triggers,
 * so it needs a guard of its own; SQLite has no TRUNCATE, and its whole-table DELETE is the one
 * statement its row triggers must also stop. (UPDATE and DELETE of single events are refused in
 * DatabaseTicketStore.test.ts.)
 */
const WIPES: Record<string, string[]> = {
  POSTGRES_15: [`TRUNCATE ${EVENTS}`, 'TRUNCATE service_desk_tickets CASCADE'],
  SQLITE_3: [`DELETE FROM ${EVENTS}`],
};

const databases = createTestDatabases();

describe('the event history', () => {
  it('has no route that could replace or delete it', () => {
    expect(
      operations.filter(op => op.method !== 'GET' && op.method !== 'POST'),
    ).toEqual([]);
    // The only writes on tickets: opening one, and appending an action to it.
    expect(
      operations
        .filter(op => op.method === 'POST' && op.route.startsWith('/tickets'))
        .map(op => op.route),
    ).toEqual(['/tickets', '/tickets/{id}/actions']);
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let desk: Awaited<ReturnType<typeof startDeskBackend>>;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      desk = await startDeskBackend({ knex });
    });
    afterAll(() => desk.backend.stop());

    it('stays as it was whatever a client sends', async () => {
      const as = deskClient(desk.server);
      const ticket = (await as(U.agent).post('/tickets', newTicket())).body;
      expect(
        (
          await as(U.agent).post(`/tickets/${ticket.id}/actions`, {
            action: 'dispatch',
            version: 1,
          })
        ).status,
      ).toBe(200);
      const imported = (extra: object) => ({
        tickets: [
          {
            ...newTicket(),
            externalId: 'old-1',
            acceptedAt: '2026-10-21T01:00:00Z',
            acceptedBy: U.agent,
            ...extra,
          },
        ],
      });
      expect((await as(U.lead).post('/import', imported({}))).status).toBe(201);
      const before = await knex(EVENTS).orderBy('id');

      const unrouted: Record<string, number> = {};
      for (const { route } of operations) {
        const url = `/api/service-desk${route.replace(/\{\w+\}/g, ticket.id)}`;
        for (const method of ['put', 'patch', 'delete'] as const) {
          const res = await request(desk.server)
            [method](url)
            .set('Authorization', mockCredentials.user.header(U.lead))
            .send({});
          unrouted[`${method.toUpperCase()} ${url}`] = res.status;
        }
      }
      for (const url of [
        `/tickets/${ticket.id}/events`,
        `/tickets/${ticket.id}/events/1`,
      ]) {
        unrouted[`POST ${url}`] = (
          await as(U.lead).post(url, { comment: 'rewritten' })
        ).status;
      }
      expect(
        Object.entries(unrouted).filter(([, status]) => status !== 404),
      ).toEqual([]);
      // An action that tries to carry its own history, and an import of a known ticket with another.
      const withEvents = await as(U.lead).post(
        `/tickets/${ticket.id}/actions`,
        {
          action: 'comment',
          version: 2,
          comment: 'x',
          events: [],
        },
      );
      expect(withEvents.status).toBe(400);
      const reimport = await as(U.lead).post(
        '/import',
        imported({
          events: [
            {
              action: 'resolve',
              actorRef: U.agent,
              at: '2026-10-21T02:00:00Z',
              resolution: 'rewritten',
            },
          ],
        }),
      );
      expect(reimport.body.skipped).toEqual([
        expect.objectContaining({ externalId: 'old-1' }),
      ]);

      expect(await knex(EVENTS).orderBy('id')).toEqual(before);
    });

    it('cannot be emptied in one statement at the database either', async () => {
      // A row triggers can refuse: on an empty table SQLite's row triggers have nothing to stop.
      expect(
        (await deskClient(desk.server)(U.agent).post('/tickets', newTicket()))
          .status,
      ).toBe(201);
      const before = await knex(EVENTS).orderBy('id');
      for (const statement of WIPES[databaseId]) {
        // Not toThrow: better-sqlite3's errors come from the realm of the first test file that
        // loaded it in this jest worker, and toThrow does not take them for errors elsewhere.
        await expect(knex.raw(statement)).rejects.toHaveProperty(
          'message',
          expect.stringMatching(/append-only/),
        );
      }
      expect(await knex(EVENTS).orderBy('id')).toEqual(before);
    });
  });
});
