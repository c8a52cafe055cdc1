// @ts-check

/**
 * Alerts from the monitoring system (运行监控): every alert received, the ticket it opened or
 * joined, and the one open ticket per fingerprint that later alerts of the same fault join. The
 * fingerprint's row is the claim that makes a burst of the same alert open one ticket, on any
 * replica: the first to insert it opens the ticket, the others wait for its ticket and join it.
 * Alerts that could not be taken (a bad body, an unknown service) are kept as dead letters for
 * the desk to see.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_alert_fingerprints', table => {
    table.string('fingerprint', 200).primary();
    // Null while the claimant is opening the ticket; a claim older than its lease is taken over.
    table.bigInteger('ticket_id').nullable();
    // Who claimed it: the one whose token the row holds opens the ticket.
    table.string('claim_token', 40).notNullable();
    table.bigInteger('claimed_at').notNullable();
  });
  await knex.schema.createTable('service_desk_alerts', table => {
    table.increments('id').primary();
    table
      .bigInteger('ticket_id')
      .notNullable()
      .references('id')
      .inTable('service_desk_tickets');
    table.string('fingerprint', 200).notNullable();
    table.string('sender', 200).notNullable();
    table.string('entity_ref', 300).notNullable();
    table.string('severity', 40).notNullable();
    table.text('summary').notNullable();
    table.bigInteger('occurred_at').notNullable();
    table.bigInteger('received_at').notNullable();
    // Whether this alert opened the ticket or joined it.
    table.boolean('opened').notNullable();
    table.index(['ticket_id', 'id'], 'sd_alerts_ticket_idx');
  });
  await knex.schema.createTable('service_desk_alert_dead_letters', table => {
    table.increments('id').primary();
    table.bigInteger('received_at').notNullable();
    table.string('sender', 200).notNullable();
    table.integer('status').notNullable();
    table.text('reason').notNullable();
    // The body as received, cut to a bound (bodyLimits) so a flood cannot fill the database.
    table.text('body').notNullable();
    table.index(['received_at'], 'sd_alert_dead_letters_received_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('service_desk_alert_dead_letters');
  await knex.schema.dropTable('service_desk_alerts');
  await knex.schema.dropTable('service_desk_alert_fingerprints');
};
