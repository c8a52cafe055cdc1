// @ts-check

/**
 * The duty roster (SPEC §8.6): the lead's planned holder of each slot, and the covers and swaps
 * asked for on it with the IT manager's decision. Changes are never deleted: a refused one stays
 * refused, so the roster's history can be read back.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_roster_slots', table => {
    table.comment('Planned holder of each roster slot (SPEC §8.6)');
    /** Local date (yyyy-MM-dd) in the desk's time zone, and 'desk' or 'duty'. */
    table.string('date', 10).notNullable();
    table.string('kind', 10).notNullable();
    table.string('holder', 255).notNullable();
    table.string('planned_by', 255).notNullable();
    table.bigInteger('planned_at').notNullable();
    table.primary(['date', 'kind']);
  });
  await knex.schema.createTable('service_desk_roster_changes', table => {
    table.comment(
      'Covers and swaps on roster slots, with the manager decision (SPEC §8.6)',
    );
    table.bigIncrements('id').primary();
    table.string('date', 10).notNullable();
    table.string('kind', 10).notNullable();
    table.string('type', 10).notNullable();
    table.bigInteger('starts_at').notNullable();
    table.bigInteger('ends_at').notNullable();
    table.string('holder', 255).notNullable();
    table.string('replacement', 255).notNullable();
    table.string('swap_date', 10).nullable();
    table.string('swap_kind', 10).nullable();
    table.text('reason').notNullable();
    table.string('status', 10).notNullable();
    table.boolean('needs_approval').notNullable();
    table.string('requested_by', 255).notNullable();
    table.bigInteger('requested_at').notNullable();
    table.string('decided_by', 255).nullable();
    table.bigInteger('decided_at').nullable();
    table.text('decision_note').nullable();
    table.index(['date'], 'service_desk_roster_changes_date_idx');
    table.index(['swap_date'], 'service_desk_roster_changes_swap_date_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('service_desk_roster_changes');
  await knex.schema.dropTable('service_desk_roster_slots');
};
