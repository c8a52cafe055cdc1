import { InputError } from '@backstage/errors';
import { ListQuery, SlaTargets } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { isPostgres, rawRows } from './dialect';
import { applyQueryFilters, applyTicketFilter } from './filters';
import { SqlFragment, deadlineSortKey } from './slaSql';
import { DbTicketRow, TICKETS } from './tables';
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
  const counted = await countUpTo(db, base, COUNT_LIMIT);
  const total =
    counted > COUNT_LIMIT
      ? await countBeyond(db, base, COUNT_LIMIT)
      : { totalCount: counted };
  const key = sortKey(db, query.order, slaTargets);
  const page = base
    .clone()
    .select('*', db.raw(`${key.sql} AS sort_key`, key.bindings));
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  // Starting over silently on a spoiled cursor would page a client round in circles.
  if (query.cursor && !cursor)
    throw new InputError(
      'cursor: is not a cursor of this list; start again without it',
    );
  // Keyset paging on (sort key, id) in the chosen direction: stable under concurrent inserts.
  const [cmp, dir] =
    query.order === 'newest'
      ? (['<', 'desc'] as const)
      : (['>', 'asc'] as const);
  if (cursor) {
    page.where(qb =>
      qb
        .whereRaw(`${key.sql} ${cmp} ?`, [...key.bindings, cursor.key])
        .orWhere(q =>
          q
            .whereRaw(`${key.sql} = ?`, [...key.bindings, cursor.key])
            .andWhere('id', cmp, cursor.id),
        ),
    );
  }
  const rows: Array<DbTicketRow & { sort_key: number | string }> = await page
    .orderByRaw(`${key.sql} ${dir}, id ${dir}`, key.bindings)
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map(ticketFromRow);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items,
    ...total,
    nextCursor: last
      ? encodeCursor(Number(last.sort_key), Number(last.id))
      : undefined,
  };
}
