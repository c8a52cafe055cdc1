import { InputError } from '@backstage/errors';
import { ListQuery, SlaTargets } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { isPostgres, rawRows } from './dialect';
import { applyQueryFilters, applyTicketFilter } from './filters';
import { SqlFragment, deadlineSortKey } from './slaSql';
import { DbId, DbTicketRow, TICKETS } from './tables';
import { ticketFromRow } from './ticketRows';
import { StoreListQuery, TicketFilter, TicketListResult } from './TicketStore';

/**
 * Counting every match of a broad filter (all closed tickets, one service's tickets) reads
 * hundreds of thousands of index entries at a national desk, on every page (bench/, issue 6):
 * lists count exactly up to this many, and past it say how many there are about.
 */
const COUNT_LIMIT = 10_000;

async function countUpTo(
  db: Knex,
  query: Knex.QueryBuilder,
  limit: number,
): Promise<number> {
  const matches = query
    .clone()
    .select(db.raw('1'))
    .limit(limit + 1)
    .as('matches');
  const [row] = await db.from(matches).count({ count: '*' });
  return Number(row.count);
}

/**
 * How many match past the limit: PostgreSQL's planner's estimate, which reads no rows (a
 * million-ticket desk); SQLite, the embedded default for smaller desks, counts them.
 */
async function countBeyond(
  db: Knex,
  query: Knex.QueryBuilder,
  limit: number,
): Promise<Pick<TicketListResult, 'totalCount' | 'totalCountEstimated'>> {
  if (!isPostgres(db)) {
    const [row] = await query.clone().count({ count: '*' });
    return { totalCount: Number(row.count) };
  }
  const { sql, bindings } = query.clone().select(db.raw('1')).toSQL();
  const [explained] = rawRows<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
    await db.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings),
  );
  const estimate = Math.round(explained['QUERY PLAN'][0].Plan['Plan Rows']);
  // Counted past the limit already: an estimate below it would contradict the count.
  return {
    totalCount: Math.max(estimate, limit + 1),
    totalCountEstimated: true,
  };
}

interface PlanNode {
  'Plan Rows': number;
}

/**
 * What a list is sorted by: acceptance time, or the nearest deadline of the ticket's running SLA
 * clocks (the same clocks as `slaClocks`), computed in SQL so paging works.
 */
function sortKey(
  db: Knex,
  order: ListQuery['order'],
  t: SlaTargets,
): SqlFragment {
  return order === 'deadline'
    ? deadlineSortKey(db, t)
    : { sql: 'accepted_at', bindings: [] };
}

function encodeCursor(key: number, id: number) {
  return Buffer.from(`${key}:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { key: number; id: number } | undefined {
  const m = /^(\d{1,16}):(\d{1,18})$/.exec(
    Buffer.from(cursor, 'base64url').toString(),
  );
  return m ? { key: Number(m[1]), id: Number(m[2]) } : undefined;
}

type PageRow = DbTicketRow & { sort_key: number | string };

/** Keyset paging on (sort key, id) in the list's direction. */
interface Paging {
  key: SqlFragment;
  cursor?: { key: number; id: number };
  cmp: '<' | '>';
  dir: 'asc' | 'desc';
  limit: number;
}

/** Rows after the cursor: stable under concurrent inserts. */
function afterCursor(
  qb: Knex.QueryBuilder,
  key: SqlFragment,
  { cursor, cmp }: Paging,
  id = 'id',
): void {
  if (!cursor) return;
  qb.where(after =>
    after
      .whereRaw(`${key.sql} ${cmp} ?`, [...key.bindings, cursor.key])
      .orWhere(tie =>
        tie
          .whereRaw(`${key.sql} = ?`, [...key.bindings, cursor.key])
          .andWhere(id, cmp, cursor.id),
      ),
  );
}

/**
 * The page and the count of a text search in one statement, when at most COUNT_LIMIT match
 * (otherwise undefined): every match must be read from the table to recheck its text, so the
 * count and the page read them once, not twice. Past the limit the matches taken are not all
 * of them and the page is read as any other list's.
 */
async function searchPage(
  db: Knex,
  base: Knex.QueryBuilder,
  paging: Paging,
): Promise<{ rows: PageRow[]; count: number } | undefined> {
  const { key, dir, limit } = paging;
  const matches = base
    .clone()
    .select('id', db.raw(`${key.sql} AS sort_key`, key.bindings))
    .limit(COUNT_LIMIT + 1);
  const page = db('matches').select('id', 'sort_key');
  afterCursor(page, { sql: 'sort_key', bindings: [] }, paging);
  page.orderByRaw(`sort_key ${dir}, id ${dir}`).limit(limit + 1);
  // One row even when the page is empty, for the count.
  const rows: Array<
    PageRow & { match_count: number | string; page_id: DbId | null }
  > = await db
    .withMaterialized('matches', matches)
    .with('page', page)
    .select(
      db.raw('(SELECT COUNT(*) FROM matches) AS match_count'),
      'page.id as page_id',
      'page.sort_key',
      't.*',
    )
    .from(db.raw('(SELECT 1 AS one) AS one'))
    .joinRaw('LEFT JOIN page ON 1 = 1')
    .leftJoin(`${TICKETS} as t`, 't.id', 'page.id')
    .orderByRaw(`page.sort_key ${dir}, page.id ${dir}`);
  const count = Number(rows[0].match_count);
  if (count > COUNT_LIMIT) return undefined;
  return { rows: rows.filter(r => r.page_id !== null), count };
}

/** A page of tickets (see `TicketStore.listTickets`). */
export async function listTickets(
  db: Knex,
  query: StoreListQuery,
  filter: TicketFilter | undefined,
  slaTargets: SlaTargets,
): Promise<TicketListResult> {
  const base = db<DbTicketRow>(TICKETS).where(qb => {
    applyQueryFilters(qb, query);
    if (filter) applyTicketFilter(qb, filter);
  });
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  // Starting over silently on a spoiled cursor would page a client round in circles.
  if (query.cursor && !cursor)
    throw new InputError(
      'cursor: is not a cursor of this list; start again without it',
    );
  const [cmp, dir] =
    query.order === 'newest'
      ? (['<', 'desc'] as const)
      : (['>', 'asc'] as const);
  const paging: Paging = {
    key: sortKey(db, query.order, slaTargets),
    cursor,
    cmp,
    dir,
    limit: query.limit,
  };
  const searched = query.q ? await searchPage(db, base, paging) : undefined;
  if (searched)
    return pageOf(searched.rows, { totalCount: searched.count }, paging);

  const counted = await countUpTo(db, base, COUNT_LIMIT);
  const total =
    counted > COUNT_LIMIT
      ? await countBeyond(db, base, COUNT_LIMIT)
      : { totalCount: counted };
  const { key } = paging;
  const page = base
    .clone()
    .select('*', db.raw(`${key.sql} AS sort_key`, key.bindings));
  afterCursor(page, key, paging);
  const rows: PageRow[] = await page
    .orderByRaw(`${key.sql} ${dir}, id ${dir}`, key.bindings)
    .limit(query.limit + 1);
  return pageOf(rows, total, paging);
}

function pageOf(
  rows: PageRow[],
  total: Pick<TicketListResult, 'totalCount' | 'totalCountEstimated'>,
  { limit }: Paging,
): TicketListResult {
  const items = rows.slice(0, limit).map(ticketFromRow);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items,
    ...total,
    nextCursor: last
      ? encodeCursor(Number(last.sort_key), Number(last.id))
      : undefined,
  };
}
