// @ts-check

/**
 * The event history's row triggers refuse UPDATE and DELETE, but PostgreSQL's TRUNCATE fires no
 * row triggers: without a statement trigger one `TRUNCATE ... CASCADE` of the tickets would wipe
 * every history. SQLite has no TRUNCATE (its whole-table DELETE runs the row triggers).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw(`
    CREATE TRIGGER service_desk_events_no_truncate
    BEFORE TRUNCATE ON service_desk_ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION service_desk_events_append_only();
  `);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw(
    'DROP TRIGGER service_desk_events_no_truncate ON service_desk_ticket_events',
  );
};
