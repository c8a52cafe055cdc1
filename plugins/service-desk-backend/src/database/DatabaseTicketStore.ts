import {
  REGULATION_SLA_TARGETS,
  SlaTargets,
  Ticket,
  TicketEvent,
  formatDisplayId,
  isTicketId,
} from '@internal/plugin-service-desk-common';
import { ConflictError, InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { linkCallToTicket, ticketOfCall } from './DatabaseCallStore';
import { isPostgres, rawRows, returnedId } from './dialect';
import { listTickets } from './ticketList';
import {
  COUNTERS,
  DbCounterRow,
  DbEventRow,
  DbParticipantRow,
  DbTicketRow,
  EVENTS,
  PARTICIPANTS,
  TICKETS,
  toMillis,
} from './tables';
import {
  eventColumns,
  displayIdColumns,
  eventFromRow,
  newTicketColumns,
  patchColumns,
  ticketFromRow,
} from './ticketRows';
import { WriteProvenance, closeBatch, inLockOrder, openBatch } from './batches';
import {
  ImportWrite,
  ImportedTicket,
  NewEvent,
  NewTicket,
  StoreListQuery,
  TicketFilter,
  TicketListResult,
  TicketEffects,
  TicketPatch,
  TicketStore,
} from './TicketStore';
import { enqueue } from '../delivery/outbox';

/** Thrown inside an import's savepoint when another import holds the ticket's external id. */
const TAKEN = Symbol('external id taken');

/** Refuses a call that does not exist (400) or already has another ticket (409). */
function refuseCall(
  callId: string,
  linked: string | undefined,
  ticketId?: string,
) {
  if (linked === undefined) throw new InputError(`callId: no call ${callId}`);
  if (linked !== ticketId)
    throw new ConflictError(
      `call ${callId} is already linked to ticket ${linked}`,
    );
}

/** Links a call to a new ticket, or refuses (and so rolls the ticket back): a call has one ticket. */
async function linkNewTicket(
  tx: Knex.Transaction,
  callId: string,
  ticketId: string,
): Promise<void> {
  refuseCall(callId, await linkCallToTicket(tx, callId, ticketId), ticketId);
}

/**
 * Refuses, before a display number is taken outside the ticket's transaction, a call that could
 * not be linked, so a bad request leaves no gap; only a race with another linker still does.
 */
async function checkLinkableCall(db: Knex, callId: string): Promise<void> {
  const linked = await ticketOfCall(db, callId);
  if (linked !== null) refuseCall(callId, linked);
}

/** The ticket store on the plugin's database (SQLite or PostgreSQL); built by `ServiceDeskDatabase`. */
export class DatabaseTicketStore implements TicketStore {
  static create(options: {
    knex: Knex;
    idPrefix: string;
    timeZone: string;
  }): DatabaseTicketStore {
    return new DatabaseTicketStore(
      options.knex,
      options.idPrefix,
      options.timeZone,
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly idPrefix: string,
    private readonly timeZone: string,
  ) {}

  async createTicket(
    ticket: NewTicket,
    event: NewEvent,
    participants: string[],
    fromCall?: string,
    effects?: TicketEffects,
  ): Promise<Ticket> {
    // On PostgreSQL the month's counter is taken in its own statement, so concurrent openings wait
    // for one another only for that statement, not until each other's ticket commits; an opening
    // refused after it leaves a gap in the month's numbers, as a database sequence would. SQLite
    // runs one writer at a time whatever is done, so there the number is taken inside, gap-free.
    const early = isPostgres(this.db);
    if (early && fromCall !== undefined)
      await checkLinkableCall(this.db, fromCall);
    const seq = early
      ? await this.nextCounter(this.db, this.counterName(ticket.acceptedAt))
      : undefined;
    return this.db.transaction(async tx => {
      const id = await this.insertTicket(tx, ticket, [event], participants, {
        seq,
      });
      if (fromCall !== undefined) await linkNewTicket(tx, fromCall, id);
      return this.written(tx, id, effects);
    });
  }

  async getTicket(id: string): Promise<Ticket | undefined> {
    if (!isTicketId(id)) return undefined;
    const row = await this.db<DbTicketRow>(TICKETS).where({ id }).first();
    return row ? ticketFromRow(row) : undefined;
  }

  async getEvents(ticketId: string): Promise<TicketEvent[]> {
    const rows = await this.db<DbEventRow>(EVENTS)
      .where({ ticket_id: ticketId })
      .orderBy('seq', 'asc');
    return rows.map(eventFromRow);
  }

  async getParticipants(ticketId: string): Promise<string[]> {
    const rows: Array<Pick<DbParticipantRow, 'user_ref'>> = await this.db(
      PARTICIPANTS,
    )
      .where({ ticket_id: ticketId })
      .orderBy('user_ref')
      .select('user_ref');
    return rows.map(r => r.user_ref);
  }

  async applyChange(
    id: string,
    expectedVersion: number,
    patch: TicketPatch,
    event: NewEvent,
    participants: string[],
    effects?: TicketEffects,
  ): Promise<Ticket | undefined> {
    return this.db.transaction(async tx => {
      const updated = await tx(TICKETS)
        .where({ id, version: expectedVersion })
        .update({
          ...patchColumns(patch),
          version: expectedVersion + 1,
          updated_at: toMillis(event.at),
        });
      if (updated !== 1) {
        return undefined;
      }
      await this.insertEvents(tx, id, expectedVersion + 1, [event]);
      await this.insertParticipants(tx, id, participants);
      return this.written(tx, id, effects);
    });
  }

  async listTickets(
    query: StoreListQuery,
    filter?: TicketFilter,
    slaTargets: SlaTargets = REGULATION_SLA_TARGETS,
  ): Promise<TicketListResult> {
    return listTickets(this.db, query, filter, slaTargets);
  }

  async findExternalIds(externalIds: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < externalIds.length; i += 500) {
      const rows = await this.db<DbTicketRow>(TICKETS)
        .whereIn('external_id', externalIds.slice(i, i + 500))
        .select('id', 'external_id');
      for (const r of rows) found.set(r.external_id!, String(r.id));
    }
    return found;
  }

  async importTickets(
    batch: ImportedTicket[],
    by: WriteProvenance,
  ): Promise<ImportWrite> {
    return this.db.transaction(async tx => {
      const batchId = await openBatch(tx, 'tickets', by, Date.now());
      // In counter (month) and external id order: concurrent imports then take the counter rows'
      // and the external ids' locks in one order.
      const order = inLockOrder(
        batch.map((item, index) => ({ item, index })),
        ({ item }) =>
          `${this.counterName(item.ticket.acceptedAt)}\u0000${
            item.ticket.externalId
          }`,
      );
      const outcomes: Array<{ id: string; created: boolean }> = new Array(
        batch.length,
      );
      for (const { item, index } of order) {
        outcomes[index] = await this.insertImported(tx, item, batchId);
      }
      const created = outcomes.filter(o => o.created);
      const skipped = new Map<string, string>();
      outcomes.forEach((o, i) => {
        if (!o.created) skipped.set(batch[i].ticket.externalId, o.id);
      });
      // One after another: a transaction is one connection, which runs one query at a time.
      const written: Ticket[] = [];
      for (const o of created) written.push(await this.readTicket(tx, o.id));
      return {
        written,
        skipped,
        batchId: await closeBatch(tx, batchId, created.length),
      };
    });
  }

  /**
   * One imported ticket, or the id of the ticket that already has its external id. A concurrent
   * import may hold the external id uncommitted: the insert then waits for it (PostgreSQL) and,
   * finding it taken, writes nothing; the savepoint undoes the counter so no display id is lost.
   */
  private async insertImported(
    tx: Knex.Transaction,
    item: ImportedTicket,
    batchId: string,
  ): Promise<{ id: string; created: boolean }> {
    const externalId = item.ticket.externalId;
    const existing = async () => {
      const row = await tx<DbTicketRow>(TICKETS)
        .where({ external_id: externalId })
        .first('id');
      return row && { id: String(row.id), created: false };
    };
    const known = await existing();
    if (known) return known;
    const events = item.events.map(e => ({
      ...e,
      data: { ...e.data, importBatchId: batchId },
    }));
    const id = await tx
      .transaction(async savepoint => {
        const inserted = await this.insertTicket(
          savepoint,
          item.ticket,
          events,
          item.participants,
          { importBatchId: batchId },
        );
        if (inserted === undefined) throw TAKEN;
        return inserted;
      })
      .catch(e => {
        if (e === TAKEN) return undefined;
        throw e;
      });
    if (id !== undefined) return { id, created: true };
    const taken = await existing();
    if (!taken)
      throw new Error(
        `import of ${externalId}: the external id was taken, yet no ticket has it`,
      );
    return taken;
  }

  async countTickets(): Promise<number> {
    const [{ count }] = await this.db(TICKETS).count({ count: '*' });
    return Number(count);
  }

  /**
   * Inserts a ticket, numbered `seq` when the number was taken already; an imported one (with
   * its batch) gives undefined if its external id is taken.
   */
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
    options: { seq?: number },
  ): Promise<string>;
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
    options: { importBatchId: string },
  ): Promise<string | undefined>;
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
    { seq: taken, importBatchId }: { seq?: number; importBatchId?: string },
  ): Promise<string | undefined> {
    const acceptedAt = new Date(ticket.acceptedAt);
    const seq =
      taken ??
      (await this.nextCounter(tx, this.counterName(ticket.acceptedAt)));
    const insert = tx(TICKETS).insert({
      ...newTicketColumns(ticket),
      ...displayIdColumns(
        ticket,
        formatDisplayId(this.idPrefix, acceptedAt, this.timeZone, seq),
      ),
      version: events.length,
      created_at: toMillis(events[0].at),
      updated_at: toMillis(events[events.length - 1].at),
      ...(importBatchId !== undefined
        ? { import_batch_id: importBatchId }
        : {}),
    });
    const [row] = await (importBatchId !== undefined
      ? insert.onConflict('external_id').ignore().returning('id')
      : insert.returning('id'));
    if (row === undefined) return undefined;
    const id = returnedId(row);
    await this.insertEvents(tx, id, 1, events);
    await this.insertParticipants(tx, id, participants);
    return id;
  }

  /** The counter of display ids of the month a ticket was accepted in. */
  private counterName(acceptedAt: string): string {
    return formatDisplayId(
      this.idPrefix,
      new Date(acceptedAt),
      this.timeZone,
      0,
    ).slice(0, -6);
  }

  private async insertEvents(
    tx: Knex.Transaction,
    ticketId: string,
    firstSeq: number,
    events: NewEvent[],
  ) {
    await tx(EVENTS).insert(
      events.map((e, i) => eventColumns(ticketId, firstSeq + i, e)),
    );
  }

  private async insertParticipants(
    tx: Knex.Transaction,
    ticketId: string,
    participants: string[],
  ) {
    const unique = [...new Set(participants)];
    if (unique.length === 0) return;
    await tx(PARTICIPANTS)
      .insert(unique.map(user_ref => ({ ticket_id: ticketId, user_ref })))
      .onConflict(['ticket_id', 'user_ref'])
      .ignore();
  }

  /** Next value of a named counter; the row lock serialises concurrent writers. */
  private async nextCounter(db: Knex, name: string): Promise<number> {
    const result = await db.raw(
      `INSERT INTO ${COUNTERS} (name, value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET value = ${COUNTERS}.value + 1
       RETURNING value`,
      [name],
    );
    return Number(rawRows<Pick<DbCounterRow, 'value'>>(result)[0].value);
  }

  /** The ticket as written, with the messages it must send queued in the same transaction. */
  private async written(
    tx: Knex.Transaction,
    id: string,
    effects: TicketEffects | undefined,
  ): Promise<Ticket> {
    const ticket = await this.readTicket(tx, id);
    if (effects) await enqueue(tx, effects(ticket), Date.now());
    return ticket;
  }

  private async readTicket(tx: Knex.Transaction, id: string): Promise<Ticket> {
    const row = await tx<DbTicketRow>(TICKETS).where({ id }).first();
    return ticketFromRow(row!);
  }
}
