import { Knex } from 'knex';
import { isPostgres } from './dialect';
import { DbTicketRow, TICKETS } from './tables';
import { ticketSearchText } from './ticketRows';

type TextRow = Pick<DbTicketRow, 'id' | 'title' | 'description' | 'display_id'>;

/**
 * Writes the search_text of tickets that have none: those written before the column existed (a
 * migration is plain JavaScript and cannot run the tokenizer) or by a writer that sets none.
 * Batches by id, one statement each; on PostgreSQL replicas starting together skip the rows
 * another is writing instead of waiting on them. Returns how many tickets it filled.
 */
export async function backfillSearchText(
  db: Knex,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  let after = 0;
  let filled = 0;
  for (;;) {
    const rows = await fillBatch(db, after, batchSize);
    if (!rows.length) return filled;
    filled += rows.length;
    after = Number(rows[rows.length - 1].id);
  }
}

async function fillBatch(
  db: Knex,
  after: number,
  batchSize: number,
): Promise<TextRow[]> {
  return db.transaction(async tx => {
    const batch = tx<DbTicketRow>(TICKETS)
      .select('id', 'title', 'description', 'display_id')
      .whereNull('search_text')
      .andWhere('id', '>', after)
      .orderBy('id')
      .limit(batchSize);
    if (isPostgres(tx)) batch.forUpdate().skipLocked();
    const rows: TextRow[] = await batch;
    if (rows.length) await writeSearchText(tx, rows);
    return rows;
  });
}

/** One UPDATE for the batch; a VALUES list's columns are column1, column2 on both engines. */
async function writeSearchText(
  tx: Knex.Transaction,
  rows: TextRow[],
): Promise<void> {
  await tx.raw(
    `UPDATE ${TICKETS} SET search_text = v.column2
     FROM (VALUES ${rows.map(() => '(?, ?)').join(', ')}) AS v
     WHERE ${TICKETS}.id = CAST(v.column1 AS BIGINT)`,
    rows.flatMap(r => [
      String(r.id),
      ticketSearchText(r.title, r.description, r.display_id),
    ]),
  );
}
