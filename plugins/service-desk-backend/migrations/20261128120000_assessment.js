// @ts-check

/**
 * What scorecards count besides tickets (SPEC §7): assessment entries that managers record
 * (maintenance-permit failures, report-filling failures, special work, …) and the calls of the
 * telephone system (§8.1). Entries are never edited: a correction is a new entry that voids one.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_assessment_entries', table => {
    table.comment(
      'Assessment items recorded by managers; corrections are new rows',
    );
    table.bigIncrements('id').primary();
    table.string('kind', 40).notNullable();
    /** A grade or sub-kind: special work and knowledge base grades, ops-security and bonus kinds. */
    table.string('grade', 40).nullable();
    /** People concerned (ops security: staff without a signed NDA). */
    table.integer('persons').nullable();
    table.bigInteger('occurred_at').notNullable();
    table.text('description').notNullable();
    table.string('evidence_url', 1000).nullable();
    table
      .bigInteger('ticket_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('service_desk_tickets')
      .onDelete('RESTRICT');
    table
      .bigInteger('voids_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('service_desk_assessment_entries')
      .onDelete('RESTRICT');
    table.string('recorded_by', 300).notNullable();
    table.bigInteger('recorded_at').notNullable();
    table.index(['kind', 'occurred_at'], 'sd_entries_kind_idx');
    // An entry is voided at most once, even by two managers at the same moment.
    table.unique(['voids_id'], { indexName: 'sd_entries_voids_uq' });
  });

  await knex.schema.createTable('service_desk_calls', table => {
    table.comment('Calls from the telephone system (§8.1)');
    table.bigIncrements('id').primary();
    table.string('call_id', 100).notNullable().unique();
    table.bigInteger('ring_at').notNullable();
    table.bigInteger('answered_at').nullable();
    table.bigInteger('ended_at').nullable();
    table.string('agent_ref', 300).nullable();
    table.string('caller_number', 40).nullable();
    table.string('ivr_rating', 30).nullable();
    table
      .bigInteger('ticket_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('service_desk_tickets')
      .onDelete('RESTRICT');
    table.index(['ring_at'], 'sd_calls_ring_idx');
  });

  // Like the ticket history, entries are append-only in the database too.
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE TRIGGER service_desk_entries_append_only
      BEFORE UPDATE OR DELETE ON service_desk_assessment_entries
      FOR EACH ROW EXECUTE FUNCTION service_desk_events_append_only();
    `);
  } else {
    for (const op of ['UPDATE', 'DELETE']) {
      await knex.raw(`
        CREATE TRIGGER service_desk_entries_no_${op.toLowerCase()}
        BEFORE ${op} ON service_desk_assessment_entries
        BEGIN SELECT RAISE(ABORT, 'service_desk_assessment_entries is append-only'); END;
      `);
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'DROP TRIGGER IF EXISTS service_desk_entries_append_only ON service_desk_assessment_entries',
    );
  }
  await knex.schema.dropTable('service_desk_calls');
  await knex.schema.dropTable('service_desk_assessment_entries');
};
