// @ts-check

/**
 * Who wrote the inputs the desk is assessed on, and through which door (SPEC §9, issue 11).
 *
 * A batch is one write of call records or of imported tickets: who wrote it (a user entity ref
 * or a service principal's subject), through which door (`api`: POST /calls or POST /import;
 * `upload`: a CSV file; `demo`: the demo loader), when, and how many rows it wrote. Every call
 * row records its writer, door and batch; every imported ticket references its batch (its
 * imported events carry the batch id in their data, the history being append-only).
 *
 * On PostgreSQL the batch columns are foreign keys. SQLite cannot drop a column that is part of
 * a foreign key without rebuilding the table (and the rebuild would trip the history's
 * ON DELETE RESTRICT references), so there the reference is kept by the store, which writes the
 * batch row in the same transaction as the rows that name it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const pg = knex.client.config.client === 'pg';
  await knex.schema.createTable('service_desk_batches', table => {
    table.comment(
      'Writes of call records and ticket imports: who, through which door, when, how many',
    );
    table.bigIncrements('id').primary();
    table.string('kind', 20).notNullable(); // calls | tickets
    table.string('principal', 300).notNullable();
    table.string('door', 20).notNullable(); // api | upload | demo
    table.bigInteger('created_at').notNullable();
    table.integer('count').notNullable().defaultTo(0);
    table.index(['kind', 'created_at'], 'sd_batches_kind_idx');
  });
  await knex.schema.alterTable('service_desk_calls', table => {
    // Null on the rows written before provenance was recorded.
    table.string('written_by', 300).nullable();
    table.string('door', 20).nullable();
    const batch = table.bigInteger('batch_id').nullable();
    if (pg)
      batch
        .references('id')
        .inTable('service_desk_batches')
        .onDelete('RESTRICT');
    table.index(['batch_id'], 'sd_calls_batch_idx');
  });
  await knex.schema.alterTable('service_desk_tickets', table => {
    const batch = table.bigInteger('import_batch_id').nullable();
    if (pg)
      batch
        .references('id')
        .inTable('service_desk_batches')
        .onDelete('RESTRICT');
    table.index(['import_batch_id'], 'sd_tickets_import_batch_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  const pg = knex.client.config.client === 'pg';
  const drop = async (
    /** @type {string} */ name,
    /** @type {string} */ index,
    /** @type {string[]} */ columns,
  ) => {
    await knex.schema.alterTable(name, table => table.dropIndex([], index));
    if (pg) {
      await knex.schema.alterTable(name, table =>
        table.dropColumns(...columns),
      );
    } else {
      // SQLite's own DROP COLUMN; knex would rebuild the table instead.
      for (const column of columns)
        await knex.raw(`ALTER TABLE ${name} DROP COLUMN ${column}`);
    }
  };
  await drop('service_desk_tickets', 'sd_tickets_import_batch_idx', [
    'import_batch_id',
  ]);
  await drop('service_desk_calls', 'sd_calls_batch_idx', [
    'written_by',
    'door',
    'batch_id',
  ]);
  await knex.schema.dropTable('service_desk_batches');
};
