// @ts-check

/**
 * The scorecard's figures per closed bucket (a month, or a piece of one), kept so that a year
 * reads twelve rows per figure instead of a year of tickets (issue 15). A row holds one figure
 * of one bucket under one set of parameters (the rule set's targets).
 *
 * A row is only ever right or absent: the triggers below delete every row whose bucket holds a
 * time of a ticket, event or call that is written, changed or deleted, in the same transaction
 * as the change, whoever writes it (the product, an import, an operator's SQL). A figure of a
 * bucket reads only rows with a time in it (accepted, closed, the event's, the ring's), and an
 * event counts for its ticket's accepted and closed buckets too, so no change can leave a row
 * behind. A row is claimed (value null, a token) before its figure is computed and filled only
 * if still claimed by the same token: a change that lands meanwhile deletes the claim.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('service_desk_figure_rollups', table => {
    table.string('figure', 40).notNullable();
    table.string('params', 64).notNullable();
    table.bigInteger('bucket_start').notNullable();
    table.bigInteger('bucket_end').notNullable();
    table.string('token', 40).notNullable();
    table.text('value').nullable();
    table.bigInteger('computed_at').notNullable();
    table.primary(['figure', 'params', 'bucket_start', 'bucket_end']);
    table.index(['bucket_end', 'bucket_start'], 'sd_rollups_bucket_idx');
  });
  const stale = (/** @type {string} */ time) =>
    `(bucket_start <= ${time} AND bucket_end > ${time})`;
  const staleAny = (/** @type {string[]} */ times) =>
    `DELETE FROM service_desk_figure_rollups WHERE ${times
      .map(stale)
      .join(' OR ')};`;
  const ticketTimes = (/** @type {string} */ row) => [
    `${row}.accepted_at`,
    `${row}.closed_at`,
  ];
  // The ticket of an event, for its accepted and closed buckets.
  const eventTicket = `(SELECT t.accepted_at FROM service_desk_tickets t WHERE t.id = new.ticket_id)`;
  const eventTicketClosed = `(SELECT t.closed_at FROM service_desk_tickets t WHERE t.id = new.ticket_id)`;
  const eventTimes = ['new.at', eventTicket, eventTicketClosed];

  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION service_desk_rollups_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${staleAny(ticketTimes('OLD'))} END IF;
        IF TG_OP <> 'DELETE' THEN ${staleAny(ticketTimes('NEW'))} END IF;
        RETURN NULL;
      END $$
    `);
    await knex.raw(`
      CREATE FUNCTION service_desk_rollups_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${staleAny(eventTimes)}
        RETURN NULL;
      END $$
    `);
    await knex.raw(`
      CREATE FUNCTION service_desk_rollups_calls() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN ${staleAny(['OLD.ring_at'])} END IF;
        IF TG_OP <> 'DELETE' THEN ${staleAny(['NEW.ring_at'])} END IF;
        RETURN NULL;
      END $$
    `);
    for (const [table, fn, on] of [
      ['service_desk_tickets', 'tickets', 'INSERT OR UPDATE OR DELETE'],
      ['service_desk_ticket_events', 'events', 'INSERT'],
      ['service_desk_calls', 'calls', 'INSERT OR UPDATE OR DELETE'],
    ]) {
      await knex.raw(
        `CREATE TRIGGER sd_rollups_${fn} AFTER ${on} ON ${table} FOR EACH ROW EXECUTE FUNCTION service_desk_rollups_${fn}()`,
      );
    }
    return;
  }
  // SQLite drops a table's triggers with it: a later migration that has knex copy one of these
  // tables must create them again.
  const trigger = (
    /** @type {string} */ name,
    /** @type {string} */ on,
    /** @type {string[]} */ statements,
  ) =>
    knex.raw(
      `CREATE TRIGGER sd_rollups_${name} AFTER ${on} BEGIN ${statements.join(
        ' ',
      )} END`,
    );
  await trigger('ticket_insert', 'INSERT ON service_desk_tickets', [
    staleAny(ticketTimes('new')),
  ]);
  await trigger('ticket_update', 'UPDATE ON service_desk_tickets', [
    staleAny([...ticketTimes('old'), ...ticketTimes('new')]),
  ]);
  await trigger('ticket_delete', 'DELETE ON service_desk_tickets', [
    staleAny(ticketTimes('old')),
  ]);
  await trigger('event_insert', 'INSERT ON service_desk_ticket_events', [
    staleAny(eventTimes),
  ]);
  await trigger('call_insert', 'INSERT ON service_desk_calls', [
    staleAny(['new.ring_at']),
  ]);
  await trigger('call_update', 'UPDATE ON service_desk_calls', [
    staleAny(['old.ring_at', 'new.ring_at']),
  ]);
  await trigger('call_delete', 'DELETE ON service_desk_calls', [
    staleAny(['old.ring_at']),
  ]);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    for (const [table, fn] of [
      ['service_desk_tickets', 'tickets'],
      ['service_desk_ticket_events', 'events'],
      ['service_desk_calls', 'calls'],
    ]) {
      await knex.raw(`DROP TRIGGER IF EXISTS sd_rollups_${fn} ON ${table}`);
      await knex.raw(`DROP FUNCTION IF EXISTS service_desk_rollups_${fn}()`);
    }
  } else {
    for (const name of [
      'ticket_insert',
      'ticket_update',
      'ticket_delete',
      'event_insert',
      'call_insert',
      'call_update',
      'call_delete',
    ]) {
      await knex.raw(`DROP TRIGGER IF EXISTS sd_rollups_${name}`);
    }
  }
  await knex.schema.dropTable('service_desk_figure_rollups');
};
