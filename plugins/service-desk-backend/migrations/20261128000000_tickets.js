// @ts-check

/**
 * Tickets, their append-only event history, who took part in each, and the per-month counters
 * behind human-readable ids. Times are UTC epoch milliseconds (bigint): the same arithmetic
 * (closed_at - accepted_at) works unchanged on SQLite and PostgreSQL for the SLA figures.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_tickets', table => {
    table.comment(
      'Service desk tickets; current state only, history is in events',
    );
    table.bigIncrements('id').primary();
    table.string('display_id', 40).notNullable().unique();
    table.string('external_id', 100).nullable().unique();
    table.string('kind', 30).notNullable();
    table.boolean('emergency').notNullable().defaultTo(false);
    table.string('priority', 4).notNullable();
    table.string('impact', 40).notNullable();
    table.string('urgency', 40).notNullable();
    table.string('category', 200).notNullable();
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table.string('reporter_name', 100).notNullable();
    table.string('reporter_phone', 40).nullable();
    table.string('reporter_organisation', 200).nullable();
    table.string('reporter_ref', 300).nullable();
    table.string('channel', 20).notNullable();
    table.string('entity_ref', 300).notNullable();
    table.bigInteger('occurred_at').nullable();
    table.bigInteger('accepted_at').notNullable();
    table.string('accepted_by', 300).notNullable();
    table.string('state', 30).notNullable();
    table.string('assignee_ref', 300).nullable();
    table.string('pm_ref', 300).notNullable();
    table.string('routing_source', 30).notNullable();
    table.string('routing_warning', 500).nullable();
    table.boolean('pm_involved').notNullable().defaultTo(false);
    table.bigInteger('notified_at').nullable();
    // First hand-over to a PM: stops the timely-handling clock (SPEC §5).
    table.bigInteger('handed_over_at').nullable();
    table.bigInteger('resolved_at').nullable();
    table.text('resolution').nullable();
    table.bigInteger('callback_at').nullable();
    table.string('satisfaction', 30).nullable();
    table.bigInteger('closed_at').nullable();
    table.integer('version').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['state', 'accepted_at'], 'sd_tickets_state_idx');
    table.index(['entity_ref', 'accepted_at'], 'sd_tickets_entity_idx');
    table.index(['assignee_ref', 'accepted_at'], 'sd_tickets_assignee_idx');
    table.index(['pm_ref', 'accepted_at'], 'sd_tickets_pm_idx');
    table.index(['accepted_at', 'id'], 'sd_tickets_accepted_idx');
    table.index(['closed_at'], 'sd_tickets_closed_idx');
  });

  await knex.schema.createTable('service_desk_ticket_events', table => {
    table.comment('Append-only history: every action on a ticket');
    table.bigIncrements('id').primary();
    table
      .bigInteger('ticket_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('service_desk_tickets')
      .onDelete('RESTRICT');
    table.integer('seq').notNullable();
    table.string('action', 40).notNullable();
    table.string('actor_ref', 300).notNullable();
    table.bigInteger('at').notNullable();
    table.string('from_state', 30).nullable();
    table.string('to_state', 30).notNullable();
    table.text('comment').nullable();
    table.text('data').nullable();
    // What scorecards count, kept out of the JSON so SQL can aggregate it on every engine:
    // a callback's rating, or why a dispatch was rejected; and a complaint raised at callback.
    table.string('outcome', 30).nullable();
    table.boolean('complaint').notNullable().defaultTo(false);
    // One event per ticket version: two writers based on the same version cannot both land.
    table.unique(['ticket_id', 'seq'], {
      indexName: 'sd_events_ticket_seq_uq',
    });
    table.index(['action', 'at'], 'sd_events_action_idx');
    table.index(['at'], 'sd_events_at_idx');
  });

  await knex.schema.createTable('service_desk_ticket_participants', table => {
    table.comment(
      'Everyone a ticket was reported by, routed to or handled by (row-level access)',
    );
    table
      .bigInteger('ticket_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('service_desk_tickets')
      .onDelete('RESTRICT');
    table.string('user_ref', 300).notNullable();
    table.primary(['ticket_id', 'user_ref']);
    table.index(['user_ref', 'ticket_id'], 'sd_participants_user_idx');
  });

  await knex.schema.createTable('service_desk_counters', table => {
    table.comment(
      'Sequence numbers of human-readable ticket ids, per prefix and month',
    );
    table.string('name', 60).primary();
    table.integer('value').notNullable();
  });

  // The history is append-only: refuse updates and deletes at the database too.
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION service_desk_events_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END;
      $$ LANGUAGE plpgsql;
    `);
    await knex.raw(`
      CREATE TRIGGER service_desk_events_append_only
      BEFORE UPDATE OR DELETE ON service_desk_ticket_events
      FOR EACH ROW EXECUTE FUNCTION service_desk_events_append_only();
    `);
  } else {
    for (const op of ['UPDATE', 'DELETE']) {
      await knex.raw(`
        CREATE TRIGGER service_desk_events_no_${op.toLowerCase()}
        BEFORE ${op} ON service_desk_ticket_events
        BEGIN SELECT RAISE(ABORT, 'service_desk_ticket_events is append-only'); END;
      `);
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'DROP TRIGGER IF EXISTS service_desk_events_append_only ON service_desk_ticket_events',
    );
    await knex.raw('DROP FUNCTION IF EXISTS service_desk_events_append_only()');
  }
  await knex.schema.dropTable('service_desk_counters');
  await knex.schema.dropTable('service_desk_ticket_participants');
  await knex.schema.dropTable('service_desk_ticket_events');
  await knex.schema.dropTable('service_desk_tickets');
};
