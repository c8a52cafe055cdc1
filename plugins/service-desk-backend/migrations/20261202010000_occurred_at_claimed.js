// @ts-check

/**
 * An emergency's occurred-at starts the response clock the desk is assessed on (§7.3(2)), so
 * `occurred_at` holds only what the desk recorded. What a reporter claims when opening an
 * emergency themselves is kept beside it, feeding no figure until the desk confirms it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('service_desk_tickets', table => {
    table.bigInteger('occurred_at_claimed').nullable();
  });
};

/**
 * Plain ALTER TABLE on both engines: knex's SQLite dropColumn copies the table, which would
 * delete the append-only event rows that reference it.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw(
    'ALTER TABLE service_desk_tickets DROP COLUMN occurred_at_claimed',
  );
};
