// @ts-check

/**
 * A warning a later level overtook before it went out (50 % and 80 % found together with the
 * breach) is not sent but still recorded, so it never comes later: `superseded_by` names the
 * level sent in its place, and `sent_at` is then when the sweep settled it. Null: it was sent.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('service_desk_sla_warnings', table => {
    table.string('superseded_by', 10).nullable();
  });
};

/**
 * Plain ALTER TABLE on both engines, as for the tickets: knex's SQLite dropColumn copies the
 * table. The superseded rows stay, as warnings handled.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw(
    'ALTER TABLE service_desk_sla_warnings DROP COLUMN superseded_by',
  );
};
