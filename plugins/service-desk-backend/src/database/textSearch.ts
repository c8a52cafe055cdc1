import { queryGrams } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { TICKET_SEARCH } from './tables';

/**
 * Tickets whose title, description or display id contains `q`, ignoring case. LIKE decides, as
 * it always has; when the query has grams, the grams index first narrows the rows to those
 * holding all of them, which every match does (`textGrams`), so the results are LIKE's alone.
 * A query of one character or only punctuation has no grams and is LIKE on every row.
 */
export function whereText(qb: Knex.QueryBuilder, q: string): void {
  const grams = queryGrams(q);
  if (grams.length) qb.where(candidates => whereGrams(candidates, grams));
  const pattern = `%${q
    .toLocaleLowerCase('en-US')
    .replace(/[\\%_]/g, c => `\\${c}`)}%`;
  qb.where(inner =>
    inner
      .whereRaw(`LOWER(title) LIKE ? ESCAPE '\\'`, [pattern])
      .orWhereRaw(`LOWER(description) LIKE ? ESCAPE '\\'`, [pattern])
      .orWhereRaw(`LOWER(display_id) LIKE ? ESCAPE '\\'`, [pattern]),
  );
}

/**
 * Rows holding every gram: PostgreSQL's GIN index on the split column, SQLite's FTS5 table (each
 * gram a quoted string, all of them required). A row whose search_text is still null (written
 * before the migration and not yet backfilled, or by a writer that sets none) holds no grams to
 * look up, so it is taken as a candidate through its own small index and left to LIKE.
 */
function whereGrams(qb: Knex.QueryBuilder, grams: string[]): void {
  // dialect.isPostgres asks the same of a Knex; a builder only has its client.
  if (qb.client.config.client === 'pg') {
    qb.whereRaw(
      `string_to_array(search_text, ' ') @> ARRAY[${grams
        .map(() => '?')
        .join(', ')}]::text[]`,
      grams,
    );
  } else {
    qb.whereRaw(
      `id IN (SELECT rowid FROM ${TICKET_SEARCH} WHERE ${TICKET_SEARCH} MATCH ?)`,
      [grams.map(g => `"${g.replace(/"/g, '""')}"`).join(' ')],
    );
  }
  qb.orWhereNull('search_text');
}
