// @ts-check

/**
 * What a ticket change must still tell others (the portal's signal, the next person's
 * notification), written in the same transaction as the change and delivered after the response
 * by whichever replica claims it first. A row is deleted once delivered; a claim is a lease, so
 * the rows of a replica that died mid-delivery are taken up again when it runs out.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_outbox', table => {
    table.increments('id').primary();
    table.string('topic', 40).notNullable();
    table.text('payload').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('due_at').notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('claimed_until').nullable();
    table.text('last_error').nullable();
    table.index(['due_at', 'id'], 'sd_outbox_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('service_desk_outbox');
};
