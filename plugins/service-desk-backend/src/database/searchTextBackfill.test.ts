import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { ticketRow } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { backfillSearchText } from './searchTextBackfill';
import { ServiceDeskDatabase } from './ServiceDeskDatabase';
import { TICKETS, TICKET_SEARCH } from './tables';
import { ticketSearchText } from './ticketRows';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const directory = resolvePackagePath(
  '@internal/plugin-service-desk-backend',
  'migrations',
);
const SEARCH_MIGRATION = '20261204030000_ticket_search_grams.js';

/** A ticket as a desk wrote it before the text index existed. */
const oldRow = (n: number, title: string) =>
  ticketRow(`SD-202611-${String(n).padStart(5, '0')}`, n, {
    title,
    description: '主站遥测',
  });

describe.each(databases.eachSupportedId())(
  'backfillSearchText on %p',
  databaseId => {
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });

    it('fills the tickets written before the index, and the list finds them', async () => {
      // A desk upgrading: its tickets were written without the index.
      await knex.migrate.latest({ directory });
      await knex.migrate.down({ directory, name: SEARCH_MIGRATION });
      const titles = ['城东站 遥测不刷新', 'EMS 通道中断', 'Printer on fire'];
      await knex(TICKETS).insert(titles.map((t, i) => oldRow(i + 1, t)));
      await knex.migrate.up({ directory, name: SEARCH_MIGRATION });
      expect(await knex(TICKETS).whereNotNull('search_text')).toEqual([]);

      const { tickets } = await ServiceDeskDatabase.create({
        database: mockServices.database({ knex }),
        idPrefix: 'SD',
        timeZone: 'Asia/Shanghai',
      });
      expect(await backfillSearchText(knex)).toBe(3);

      const rows = await knex(TICKETS)
        .select('title', 'description', 'display_id', 'search_text')
        .orderBy('id');
      expect(rows.map(r => r.search_text)).toEqual(
        rows.map(r => ticketSearchText(r.title, r.description, r.display_id)),
      );
      const titlesFor = async (q: string) =>
        (
          await tickets.listTickets({ q, order: 'oldest', limit: 10 })
        ).items.map(t => t.title);
      expect(await titlesFor('遥测')).toEqual(titles);
      expect(await titlesFor('不刷新')).toEqual([titles[0]]);
      expect(await titlesFor('-00002')).toEqual([titles[1]]);
      expect(await titlesFor('PRINTER')).toEqual([titles[2]]);
      if (databaseId === 'SQLITE_3') {
        // The update trigger indexed each filled row exactly once.
        await knex.raw(
          `INSERT INTO ${TICKET_SEARCH} (${TICKET_SEARCH}, rank) VALUES ('integrity-check', 1)`,
        );
      }
    });

    it('goes by batches, and leaves written rows alone', async () => {
      await knex(TICKETS).insert(
        [4, 5, 6, 7, 8].map(n => oldRow(n, `工单 ${n}`)),
      );
      await knex(TICKETS)
        .where({ display_id: 'SD-202611-00005' })
        .update({ search_text: 'kept' });
      expect(await backfillSearchText(knex, { batchSize: 2 })).toBe(4);
      expect(
        await knex(TICKETS)
          .where({ display_id: 'SD-202611-00005' })
          .first('search_text'),
      ).toEqual({ search_text: 'kept' });
      expect(await knex(TICKETS).whereNull('search_text')).toEqual([]);
      expect(await backfillSearchText(knex)).toBe(0);
    });
  },
);
