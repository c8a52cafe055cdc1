// @ts-check

/**
 * Indexes for a desk with a million tickets (bench/, issue 6). The scorecard's aggregates scan a
 * year of tickets and events: the indexes they use now carry every column those queries read, so
 * PostgreSQL answers from the index alone (index-only scans) instead of visiting a row per
 * ticket or event. On PostgreSQL the text search (LIKE '%…%' on title, description and display
 * id) gets trigram indexes; without them every search reads the whole table.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('service_desk_tickets', table => {
    // Keyset paging still uses the (accepted_at, id) prefix; the completion figures read closed_at.
    table.dropIndex([], 'sd_tickets_accepted_idx');
    table.index(['accepted_at', 'id', 'closed_at'], 'sd_tickets_accepted_idx');
    // Closed figures: timeliness needs accepted_at and handed_over_at of every closed ticket.
    table.dropIndex([], 'sd_tickets_closed_idx');
    table.index(
      ['closed_at', 'accepted_at', 'handed_over_at'],
      'sd_tickets_closed_idx',
    );
    table.index(['emergency', 'accepted_at'], 'sd_tickets_emergency_idx');
  });
  await knex.schema.alterTable('service_desk_ticket_events', table => {
    // Dispatch and rating figures, dissatisfied callbacks: the action's events in a time range.
    table.dropIndex([], 'sd_events_action_idx');
    table.index(
      ['action', 'at', 'outcome', 'complaint', 'ticket_id'],
      'sd_events_action_idx',
    );
    // "Was this ticket called back?" for every ticket of a period (callback rate, §9).
    table.index(['ticket_id', 'action'], 'sd_events_ticket_action_idx');
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
        RAISE NOTICE 'pg_trgm is not available: text search on tickets stays a table scan';
      END
      $$;
    `);
    const { rows } = await knex.raw(
      `SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`,
    );
    if (rows.length) {
      for (const column of ['title', 'description', 'display_id']) {
        await knex.raw(
          `CREATE INDEX sd_tickets_${column}_trgm_idx ON service_desk_tickets USING gin (lower(${column}) gin_trgm_ops)`,
        );
      }
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    for (const column of ['title', 'description', 'display_id']) {
      await knex.raw(`DROP INDEX IF EXISTS sd_tickets_${column}_trgm_idx`);
    }
  }
  await knex.schema.alterTable('service_desk_ticket_events', table => {
    table.dropIndex([], 'sd_events_ticket_action_idx');
    table.dropIndex([], 'sd_events_action_idx');
    table.index(['action', 'at'], 'sd_events_action_idx');
  });
  await knex.schema.alterTable('service_desk_tickets', table => {
    table.dropIndex([], 'sd_tickets_emergency_idx');
    table.dropIndex([], 'sd_tickets_closed_idx');
    table.index(['closed_at'], 'sd_tickets_closed_idx');
    table.dropIndex([], 'sd_tickets_accepted_idx');
    table.index(['accepted_at', 'id'], 'sd_tickets_accepted_idx');
  });
};
