import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { EVENTS, PARTICIPANTS, TICKETS } from './database/tables';
import { ticketRow } from './__testUtils__/storeTickets';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const directory = resolvePackagePath(
  '@internal/plugin-service-desk-backend',
  'migrations',
);

describe.each(databases.eachSupportedId())('migrations on %p', databaseId => {
  it('go up and down with data in the tables, and up again', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory });
    const [row] = await knex(TICKETS)
      .insert(
        ticketRow('SD-202611-00001', 1, {
          priority: 'P1',
          impact: 'high',
          urgency: 'high',
        }),
      )
      .returning('id');
    const id = typeof row === 'object' ? row.id : row;
    await knex(EVENTS).insert({
      ticket_id: id,
      seq: 1,
      action: 'open',
      actor_ref: 'user:default/a',
      at: 1,
      to_state: 'new',
    });
    await knex(PARTICIPANTS).insert({
      ticket_id: id,
      user_ref: 'user:default/a',
    });

    await knex.migrate.rollback({ directory }, true);
    expect(await knex.schema.hasTable(TICKETS)).toBe(false);
    expect(await knex.schema.hasTable(EVENTS)).toBe(false);

    await knex.migrate.latest({ directory });
    expect(await knex.schema.hasTable(EVENTS)).toBe(true);
    expect(await knex(TICKETS).count({ n: '*' })).toEqual([
      { n: expect.anything() },
    ]);
    await knex.destroy();
  });
});
