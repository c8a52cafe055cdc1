import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { openStores, storeTicket } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { rawRows } from './dialect';
import { applyQueryFilters } from './filters';
import { backfillSearchText } from './searchTextBackfill';
import { TICKETS, TICKET_SEARCH, toMillis } from './tables';
import { NewTicket, StoreListQuery, TicketStore } from './TicketStore';
import { newTicketColumns, ticketSearchText } from './ticketRows';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const ticket = (title: string, description: string): NewTicket =>
  storeTicket({
    title,
    description,
    entityRef: 'component:default/ems',
    acceptedAt: '2026-12-01T08:00:00.000Z',
  });

/** Title and description of each hand-made ticket, by a name the expectations use. */
const TICKETS_BY_NAME: Record<string, [string, string]> = {
  ems: ['EMS 主站 SCADA 全部遥测不刷新', '自 08:00 起城东站数据不变'],
  relay: ['[城东站-17] 保护装置异常', '遥 信 变位，未见测量值'],
  printer: ['Printer on fire', 'It is on fire'],
  discount: ['Discount 10%_off', 'a literal percent and underscore'],
  greek: ['ΟΔΟΣ İstanbul', 'ος'],
  wide: ['ＳＣＡＤＡ 全角', 'cafe\u0301 crème'],
};

/** The text search as it was before the index: LIKE on every row. */
async function likeOnly(knex: Knex, q: string): Promise<string[]> {
  const pattern = `%${q
    .toLocaleLowerCase('en-US')
    .replace(/[\\%_]/g, c => `\\${c}`)}%`;
  const rows: Array<{ id: number | string }> = await knex(TICKETS)
    .select('id')
    .where(inner =>
      inner
        .whereRaw(`LOWER(title) LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`LOWER(description) LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`LOWER(display_id) LIKE ? ESCAPE '\\'`, [pattern]),
    );
  return rows.map(r => String(r.id)).sort();
}

const listQuery = (q: string): StoreListQuery => ({
  q,
  order: 'newest',
  limit: 100,
});

describe.each(databases.eachSupportedId())(
  'the text search on %p',
  databaseId => {
    let knex: Knex;
    let store: TicketStore;
    const ids: Record<string, string> = {};
    let emsDisplayId: string;

    const found = async (q: string) =>
      (await store.listTickets(listQuery(q))).items.map(t => t.id).sort();
    const named = (...names: string[]) => names.map(n => ids[n]).sort();

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ tickets: store } = await openStores(knex));
      for (const [name, [title, description]] of Object.entries(
        TICKETS_BY_NAME,
      )) {
        const t = await store.createTicket(
          ticket(title, description),
          {
            action: 'open',
            actorRef: 'user:default/agent',
            at: '2026-12-01T08:00:00.000Z',
            toState: 'new',
          },
          [],
        );
        ids[name] = t.id;
        if (name === 'ems') emsDisplayId = t.displayId;
      }
    });

    const queries = () => [
      '遥测',
      '遥',
      '测',
      'scada',
      'SCADA',
      'ＳＣＡＤＡ',
      'printer',
      'on fire',
      'fire!',
      '%',
      '_',
      '10%_',
      '0%_o',
      'ist',
      'ος',
      'ΟΣ',
      'cafe',
      'crème',
      '城东站-17',
      '不存在',
      emsDisplayId,
      emsDisplayId.slice(-7),
      '12-0000',
    ];

    /** Each query whose results differ from LIKE's, with both. */
    const disagreements = async () => {
      const out = [];
      for (const q of queries()) {
        const [index, like] = [await found(q), await likeOnly(knex, q)];
        if (index.join() !== like.join()) out.push({ q, index, like });
      }
      return out;
    };

    it('indexes a ticket as the store writes it, with its display id', async () => {
      const rows = await knex(TICKETS).select(
        'title',
        'description',
        'display_id',
        'search_text',
      );
      expect(rows.length).toBe(Object.keys(TICKETS_BY_NAME).length);
      for (const r of rows)
        expect(r.search_text).toBe(
          ticketSearchText(r.title, r.description, r.display_id),
        );
      expect(await disagreements()).toEqual([]);
    });

    it('finds what LIKE finds for tickets not yet indexed', async () => {
      await knex(TICKETS).update({ search_text: null });
      expect(await disagreements()).toEqual([]);
    });

    it('finds what LIKE finds through the index', async () => {
      expect(await backfillSearchText(knex)).toBe(
        Object.keys(TICKETS_BY_NAME).length,
      );
      expect(await disagreements()).toEqual([]);
      expect(await found('遥测')).toEqual(named('ems'));
      expect(await found('遥')).toEqual(named('ems', 'relay'));
      expect(await found('printer')).toEqual(named('printer'));
      expect(await found(emsDisplayId.slice(-7))).toEqual(named('ems'));
      expect(await found('%')).toEqual(named('discount'));
      expect(await found('_')).toEqual(named('discount'));
      expect(await found('0%_o')).toEqual(named('discount'));
    });

    it('looks only at tickets the index names once it has them', async () => {
      // A row whose grams lack the query's is not looked at, though LIKE would match it.
      await knex(TICKETS).where({ id: ids.ems }).update({ search_text: 'zz' });
      try {
        expect(await found('遥测')).toEqual([]);
        expect(await found('遥')).toEqual(named('ems', 'relay'));
      } finally {
        await knex(TICKETS)
          .where({ id: ids.ems })
          .update({
            search_text: ticketSearchText(...TICKETS_BY_NAME.ems, emsDisplayId),
          });
      }
      expect(await found('遥测')).toEqual(named('ems'));
    });

    it('plans a two-character Chinese query through the index', async () => {
      const words = '告警频繁开关拒动电压越限通信故障数据跳变主站通道中断';
      const rows = Array.from({ length: 3000 }, (_, i) => {
        const title = `[站-${i}] ${[...words]
          .slice(i % 20, (i % 20) + 6)
          .join('')}${i % 300 === 0 ? '遥测' : ''}`;
        const displayId = `BULK-202612-${String(i).padStart(5, '0')}`;
        return {
          ...newTicketColumns(ticket(title, words)),
          display_id: displayId,
          search_text: ticketSearchText(title, words, displayId),
          version: 1,
          created_at: toMillis('2026-12-01T08:00:00.000Z'),
          updated_at: toMillis('2026-12-01T08:00:00.000Z'),
        };
      });
      await knex.batchInsert(TICKETS, rows, 200);
      // As autovacuum would have: new GIN entries wait in a pending list the planner avoids.
      await knex.raw(
        `${databaseId === 'SQLITE_3' ? '' : 'VACUUM '}ANALYZE ${TICKETS}`,
      );

      const page = knex(TICKETS)
        .select('*')
        .where(qb => applyQueryFilters(qb, listQuery('遥测')))
        .orderBy([
          { column: 'accepted_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(51)
        .toSQL();
      const plan =
        databaseId === 'SQLITE_3'
          ? (
              await knex.raw(`EXPLAIN QUERY PLAN ${page.sql}`, [
                ...page.bindings,
              ])
            )
              .map((r: { detail: string }) => r.detail)
              .join('\n')
          : rawRows<Record<string, string>>(
              await knex.raw(`EXPLAIN ${page.sql}`, [...page.bindings]),
            )
              .map(r => r['QUERY PLAN'])
              .join('\n');
      expect(plan).toMatch(
        databaseId === 'SQLITE_3'
          ? new RegExp(`${TICKET_SEARCH} VIRTUAL TABLE`)
          : /sd_tickets_search_grams_idx/,
      );
      expect((await found('遥测')).length).toBe(11);
    });
  },
);

describe('the SQLite text index', () => {
  it('takes every letter and digit a gram can hold for a token', async () => {
    const knex = await databases.init('SQLITE_3');
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@internal/plugin-service-desk-backend',
        'migrations',
      ),
    });
    const letters: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const c = cp >= 0xd800 && cp < 0xe000 ? '' : String.fromCodePoint(cp);
      if (/^[\p{L}\p{N}]$/u.test(c)) letters.push(c);
    }
    const docs: string[][] = [];
    for (let i = 0; i < letters.length; i += 500)
      docs.push(letters.slice(i, i + 500));
    await knex.transaction(async tx => {
      for (const [i, doc] of docs.entries())
        await tx.raw(
          `INSERT INTO ${TICKET_SEARCH} (rowid, search_text) VALUES (?, ?)`,
          [i + 1, doc.join(' ')],
        );
    });
    await knex.raw(
      `CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, ${TICKET_SEARCH}, instance)`,
    );
    const tokens: Array<{ doc: number; n: number }> = await knex.raw(
      'SELECT doc, count(*) AS n FROM temp.vocab GROUP BY doc ORDER BY doc',
    );
    const separators = docs.flatMap((doc, i) =>
      tokens[i]?.n === doc.length ? [] : [doc.join('')],
    );
    expect(separators).toEqual([]);
    await knex.destroy();
  });
});
