// @ts-check

/**
 * SLA warnings already sent: one row per ticket, clock and level. The primary key makes each
 * warning go out once, across restarts and across replicas sweeping at the same moment.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_sla_warnings', table => {
    table.comment(
      'SLA warnings sent (SPEC §5): once per ticket, clock and level',
    );
    table
      .bigInteger('ticket_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('service_desk_tickets')
      .onDelete('RESTRICT');
    table.string('clock', 30).notNullable();
    /** The fraction of the allowed time used, in per cent ('50', '80'), or 'breach'. */
    table.string('level', 10).notNullable();
    table.bigInteger('sent_at').notNullable();
    table.primary(['ticket_id', 'clock', 'level']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('service_desk_sla_warnings');
};
