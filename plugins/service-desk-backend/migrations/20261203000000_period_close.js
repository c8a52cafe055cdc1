// @ts-check

/** The tables of closing periods, in the order they are created. */
const APPEND_ONLY = [
  'service_desk_seal_requests',
  'service_desk_seal_decisions',
  'service_desk_seals',
  'service_desk_unseals',
  'service_desk_appeals',
  'service_desk_appeal_decisions',
];

/**
 * Closing a period (issue 14, SPEC §6.7): the lead's requests to seal a period, the manager's
 * decisions, the sealed reports, their unsealings, and the appeals of deductions with their
 * decisions. Every table is append-only like the event history: a decision is a row beside the
 * request, an unsealing a row beside the seal, so what was reported is never rewritten.
 * Per-period sequence numbers under unique indexes keep two replicas from both opening a request
 * or both sealing a period at once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_seal_requests', table => {
    table.comment('The desk lead submitting a period for sealing (§6.7)');
    table.bigIncrements('id').primary();
    table.string('period_kind', 10).notNullable();
    table.string('period_label', 10).notNullable();
    table.integer('seq').notNullable();
    table.text('note').nullable();
    table.string('submitted_by', 300).notNullable();
    table.bigInteger('submitted_at').notNullable();
    table.unique(['period_kind', 'period_label', 'seq'], {
      indexName: 'sd_seal_requests_period_uq',
    });
  });
  await knex.schema.createTable('service_desk_seal_decisions', table => {
    table.comment('The IT department manager decision on a sealing request');
    table
      .bigInteger('request_id')
      .unsigned()
      .primary()
      .references('id')
      .inTable('service_desk_seal_requests')
      .onDelete('RESTRICT');
    table.boolean('approved').notNullable();
    table.string('decided_by', 300).notNullable();
    table.bigInteger('decided_at').notNullable();
    table.text('reason').nullable();
  });
  await knex.schema.createTable('service_desk_seals', table => {
    table.comment(
      'Sealed reports: every figure as reported, with its evidence',
    );
    table.bigIncrements('id').primary();
    table
      .bigInteger('request_id')
      .unsigned()
      .notNullable()
      .unique()
      .references('id')
      .inTable('service_desk_seal_requests')
      .onDelete('RESTRICT');
    table.string('period_kind', 10).notNullable();
    table.string('period_label', 10).notNullable();
    table.integer('seq').notNullable();
    table.string('rule_set_version', 40).notNullable();
    table.text('rule_set_fingerprint').notNullable();
    table.string('submitted_by', 300).notNullable();
    table.string('sealed_by', 300).notNullable();
    table.bigInteger('sealed_at').notNullable();
    table.text('report').notNullable();
    // The newest event, call and entry when sealed: whatever comes later moved a figure.
    table.bigInteger('event_watermark').notNullable();
    table.bigInteger('call_watermark').notNullable();
    table.bigInteger('entry_watermark').notNullable();
    table.unique(['period_kind', 'period_label', 'seq'], {
      indexName: 'sd_seals_period_uq',
    });
  });
  await knex.schema.createTable('service_desk_unseals', table => {
    table.comment('A manager reopening a sealed period; the seal stays');
    table
      .bigInteger('seal_id')
      .unsigned()
      .primary()
      .references('id')
      .inTable('service_desk_seals')
      .onDelete('RESTRICT');
    table.string('unsealed_by', 300).notNullable();
    table.bigInteger('unsealed_at').notNullable();
    table.text('reason').notNullable();
  });
  await knex.schema.createTable('service_desk_appeals', table => {
    table.comment('Appeals (申诉) of one deduction line each');
    table.bigIncrements('id').primary();
    table.string('period_kind', 10).notNullable();
    table.string('period_label', 10).notNullable();
    table.integer('year').notNullable();
    table.string('deduction_key', 300).notNullable();
    table.integer('seq').notNullable();
    table.string('item_id', 40).notNullable();
    table.double('points').notNullable();
    table.text('deduction').notNullable();
    table.text('evidence').notNullable();
    table.text('reason').notNullable();
    table.string('evidence_link', 1000).nullable();
    table.string('filed_by', 300).notNullable();
    table.bigInteger('filed_at').notNullable();
    table.unique(['deduction_key', 'seq'], { indexName: 'sd_appeals_key_uq' });
    table.index(['year'], 'sd_appeals_year_idx');
  });
  await knex.schema.createTable('service_desk_appeal_decisions', table => {
    table.comment('The IT department manager review (复核) of an appeal');
    table
      .bigInteger('appeal_id')
      .unsigned()
      .primary()
      .references('id')
      .inTable('service_desk_appeals')
      .onDelete('RESTRICT');
    table.boolean('accepted').notNullable();
    table.string('decided_by', 300).notNullable();
    table.bigInteger('decided_at').notNullable();
    table.text('reason').notNullable();
  });

  for (const name of APPEND_ONLY) {
    if (knex.client.config.client === 'pg') {
      await knex.raw(`
        CREATE TRIGGER ${name}_append_only
        BEFORE UPDATE OR DELETE ON ${name}
        FOR EACH ROW EXECUTE FUNCTION service_desk_events_append_only();
      `);
      await knex.raw(`
        CREATE TRIGGER ${name}_no_truncate
        BEFORE TRUNCATE ON ${name}
        FOR EACH STATEMENT EXECUTE FUNCTION service_desk_events_append_only();
      `);
    } else {
      for (const op of ['UPDATE', 'DELETE']) {
        await knex.raw(`
          CREATE TRIGGER ${name}_no_${op.toLowerCase()}
          BEFORE ${op} ON ${name}
          BEGIN SELECT RAISE(ABORT, '${name} is append-only'); END;
        `);
      }
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [...APPEND_ONLY].reverse()) {
    await knex.schema.dropTable(name);
  }
};
