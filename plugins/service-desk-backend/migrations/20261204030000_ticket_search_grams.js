// @ts-check

/**
 * The ticket list's text search through an index on both engines (issue 15). `search_text`
 * holds a ticket's character bigrams (textGrams in service-desk-common): a query's bigrams
 * narrow the rows through the index, LIKE still decides. Trigram indexes cannot serve a Chinese
 * query of two characters, and SQLite had none. The column stays null until the plugin writes
 * it (the backfill at start fills the rows written before this migration); the small partial
 * index lets the search take those rows to the LIKE alone.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('service_desk_tickets', table => {
    table.text('search_text').nullable();
  });
  await knex.raw(
    'CREATE INDEX sd_tickets_search_pending_idx ON service_desk_tickets (search_text) WHERE search_text IS NULL',
  );
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      `CREATE INDEX sd_tickets_search_grams_idx ON service_desk_tickets USING gin (string_to_array(search_text, ' '))`,
    );
    return;
  }
  // unicode61 classifies characters by Unicode 6.1: these became letters later (New Tai Lue
  // vowels, Vedic signs) and would otherwise be separators, leaving their grams unindexed.
  const tokenchars = [
    [0x19b0, 0x19c0],
    [0x19c8, 0x19c9],
    [0x1cf2, 0x1cf3],
  ]
    .flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) =>
        String.fromCodePoint(from + i),
      ),
    )
    .join('');
  await knex.raw(`
    CREATE VIRTUAL TABLE service_desk_ticket_search USING fts5(
      search_text,
      content = 'service_desk_tickets',
      content_rowid = 'id',
      tokenize = "unicode61 remove_diacritics 0 tokenchars '${tokenchars}'"
    )
  `);
  // The external-content triggers of the FTS5 documentation, minus null rows: a row written
  // before this migration was never indexed, and deleting it from the index would corrupt it.
  // Only a change of search_text touches the index, not every action on a ticket. SQLite drops
  // them with the table: a later migration that has knex copy the table must create them again.
  await knex.raw(`
    CREATE TRIGGER sd_ticket_search_insert AFTER INSERT ON service_desk_tickets
    WHEN new.search_text IS NOT NULL BEGIN
      INSERT INTO service_desk_ticket_search (rowid, search_text)
      VALUES (new.id, new.search_text);
    END
  `);
  await knex.raw(`
    CREATE TRIGGER sd_ticket_search_delete AFTER DELETE ON service_desk_tickets
    WHEN old.search_text IS NOT NULL BEGIN
      INSERT INTO service_desk_ticket_search (service_desk_ticket_search, rowid, search_text)
      VALUES ('delete', old.id, old.search_text);
    END
  `);
  await knex.raw(`
    CREATE TRIGGER sd_ticket_search_update AFTER UPDATE OF search_text ON service_desk_tickets
    BEGIN
      INSERT INTO service_desk_ticket_search (service_desk_ticket_search, rowid, search_text)
      SELECT 'delete', old.id, old.search_text WHERE old.search_text IS NOT NULL;
      INSERT INTO service_desk_ticket_search (rowid, search_text)
      SELECT new.id, new.search_text WHERE new.search_text IS NOT NULL;
    END
  `);
};

/**
 * Plain ALTER TABLE on both engines, as in 20261202010000: knex's SQLite dropColumn copies the
 * table. SQLite refuses to drop a column that an index or trigger names, so they go first.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw('DROP INDEX IF EXISTS sd_tickets_search_grams_idx');
  } else {
    for (const trigger of ['insert', 'delete', 'update']) {
      await knex.raw(`DROP TRIGGER IF EXISTS sd_ticket_search_${trigger}`);
    }
    await knex.raw('DROP TABLE IF EXISTS service_desk_ticket_search');
  }
  await knex.raw('DROP INDEX IF EXISTS sd_tickets_search_pending_idx');
  await knex.raw('ALTER TABLE service_desk_tickets DROP COLUMN search_text');
};
