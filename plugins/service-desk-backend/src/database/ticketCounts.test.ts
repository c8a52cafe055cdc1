import { SlaTargets } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { openStores, ticketRow } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { TICKETS } from './tables';
import { TicketStore } from './TicketStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const targets: SlaTargets = {
  emergencyResponseMinutes: 15,
  emergencyCloseMinutes: 60,
  timelyHandlingMinutes: 60,
  dispatchCountsAsNotification: false,
};

/** `n` tickets of `state` on one service, written as rows: enough to pass the count's limit. */
async function writeTickets(db: Knex, state: string, n: number, from = 0) {
  const rows = Array.from({ length: n }, (_, i) =>
    ticketRow(`SD-C-${state}-${from + i}`, 1_700_000_000_000 + from + i, {
      state,
    }),
  );
  await db.batchInsert(TICKETS, rows, 500);
}

describe.each(databases.eachSupportedId())('list totals on %p', id => {
  let db: Knex;
  let store: TicketStore;

  beforeAll(async () => {
    db = await databases.init(id);
    ({ tickets: store } = await openStores(db));
    await writeTickets(db, 'new', 10_000);
    await writeTickets(db, 'with_pm', 10_050, 10_000);
  });

  const total = async (state: 'new' | 'with_pm') => {
    const page = await store.listTickets(
      { state: [state], order: 'newest', limit: 5 },
      undefined,
      targets,
    );
    expect(page.items).toHaveLength(5);
    return {
      totalCount: page.totalCount,
      totalCountEstimated: page.totalCountEstimated,
    };
  };

  it('counts exactly up to 10 000 matches', async () => {
    expect(await total('new')).toEqual({
      totalCount: 10_000,
      totalCountEstimated: undefined,
    });
  });

  const onPostgres = id.startsWith('POSTGRES');

  it('past 10 000, gives an estimate on PostgreSQL that says so, and counts on SQLite', async () => {
    const past = await total('with_pm');
    expect(past.totalCountEstimated ?? false).toBe(onPostgres);
    expect(past.totalCount).toBeGreaterThan(10_000);
    // With fresh statistics the planner's estimate is near the truth; SQLite's count is it.
    await db.raw(`ANALYZE ${TICKETS}`);
    const analysed = await total('with_pm');
    expect(analysed.totalCount).toBeGreaterThan(10_000);
    expect(analysed.totalCount).toBeLessThan(11_000);
    expect(onPostgres || analysed.totalCount === 10_050).toBe(true);
  });

  it('counts a text search and pages it newest first, below and past the limit', async () => {
    const search = async (q: string, cursor?: string) =>
      store.listTickets(
        { q, order: 'newest', limit: 5, cursor },
        undefined,
        targets,
      );
    // new-99, new-990…999 and new-9900…9999: 111 of them.
    const few = await search('SD-C-new-99');
    expect(few.totalCount).toBe(111);
    expect(few.totalCountEstimated).toBeUndefined();
    expect(few.items.map(t => t.displayId)).toEqual(
      [9999, 9998, 9997, 9996, 9995].map(n => `SD-C-new-${n}`),
    );
    const next = await search('SD-C-new-99', few.nextCursor);
    expect(next.totalCount).toBe(111);
    expect(next.items[0].displayId).toBe('SD-C-new-9994');
    // Past the limit, as any other list: the newest, and the total past 10 000.
    const many = await search('SD-C-with_pm');
    expect(many.items[0].displayId).toBe('SD-C-with_pm-20049');
    expect(many.totalCount).toBeGreaterThan(10_000);
    expect(many.totalCountEstimated ?? false).toBe(onPostgres);
    const none = await search('SD-C-nothing');
    expect(none).toEqual({ items: [], totalCount: 0, nextCursor: undefined });
  });
});
