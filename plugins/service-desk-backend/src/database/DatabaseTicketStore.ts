import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  ListQuery,
  REGULATION_SLA_TARGETS,
  SlaTargets,
  Ticket,
  TicketEvent,
  formatDisplayId,
} from '@internal/plugin-service-desk-common';
import { ConflictError, InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { applyTicketFilter, whereParticipant } from './filters';
import { CALLS } from './metrics/callFigures';
import {
  COUNTERS,
  DbEventRow,
  DbTicketRow,
  EVENTS,
  PARTICIPANTS,
  TICKETS,
  eventColumns,
  eventFromRow,
  newTicketColumns,
  patchColumns,
  ticketFromRow,
  toMillis,
} from './tables';
import { WriteProvenance, closeBatch, openBatch } from './batches';
import {
  ImportWrite,
  ImportedTicket,
  NewEvent,
  NewTicket,
  TicketFilter,
  TicketListResult,
  TicketPatch,
  TicketStore,
} from './TicketStore';

/** Thrown inside an import's savepoint when another import holds the ticket's external id. */
const TAKEN = Symbol('external id taken');

const migrationsDir = resolvePackagePath(
  '@internal/plugin-service-desk-backend',
  'migrations',
);

/** The ticket store on the plugin's database (SQLite or PostgreSQL). */
export class DatabaseTicketStore implements TicketStore {
  static async create(options: {
    database: DatabaseService;
    idPrefix: string;
    timeZone: string;
    skipMigrations?: boolean;
  }): Promise<DatabaseTicketStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseTicketStore(client, options.idPrefix, options.timeZone);
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
  ): Promise<Ticket> {
    return this.db.transaction(async tx => {
      const id = await this.insertTicket(tx, ticket, [event], participants);
      if (fromCall !== undefined) await linkCall(tx, fromCall, id);
      return this.readTicket(tx, id);
    });
  }

  async getTicket(id: string): Promise<Ticket | undefined> {
    if (!isId(id)) return undefined;
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
    const rows = await this.db(PARTICIPANTS)
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
      return this.readTicket(tx, id);
    });
  }

  async listTickets(
    query: ListQuery,
    filter?: TicketFilter,
    slaTargets: SlaTargets = REGULATION_SLA_TARGETS,
  ): Promise<TicketListResult> {
    const base = this.db<DbTicketRow>(TICKETS).where(qb => {
      applyQueryFilters(qb, query);
      if (filter) applyTicketFilter(qb, filter);
    });
    const count = await countUpTo(this.db, base, COUNT_LIMIT);
    const key = sortKey(this.db, query.order, slaTargets);
    const page = base
      .clone()
      .select('*', this.db.raw(`${key.sql} AS sort_key`, key.bindings));
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    // Starting over silently on a spoiled cursor would page a client round in circles.
    if (query.cursor && !cursor)
      throw new InputError(
        'cursor: is not a cursor of this list; start again without it',
      );
    // Keyset paging on (sort key, id) in the chosen direction: stable under concurrent inserts.
    const [cmp, dir] =
      query.order === 'newest'
        ? (['<', 'desc'] as const)
        : (['>', 'asc'] as const);
    if (cursor) {
      page.where(qb =>
        qb
          .whereRaw(`${key.sql} ${cmp} ?`, [...key.bindings, cursor.key])
          .orWhere(q =>
            q
              .whereRaw(`${key.sql} = ?`, [...key.bindings, cursor.key])
              .andWhere('id', cmp, cursor.id),
          ),
      );
    }
    const rows: Array<DbTicketRow & { sort_key: number | string }> = await page
      .orderByRaw(`${key.sql} ${dir}, id ${dir}`, key.bindings)
      .limit(query.limit + 1);
    const items = rows.slice(0, query.limit).map(ticketFromRow);
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      items,
      totalCount: Math.min(count, COUNT_LIMIT),
      ...(count > COUNT_LIMIT ? { totalCountCapped: true } : {}),
      nextCursor: last
        ? encodeCursor(Number(last.sort_key), Number(last.id))
        : undefined,
    };
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
      // and the external ids' locks in one order, and cannot deadlock each other.
      const order = batch
        .map((item, index) => ({
          item,
          index,
          key: `${this.counterName(item.ticket.acceptedAt)}\u0000${
            item.ticket.externalId
          }`,
        }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
          batchId,
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

  /** Inserts a ticket; an imported one (with its batch) gives undefined if its external id is taken. */
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
  ): Promise<string>;
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
    importBatchId: string,
  ): Promise<string | undefined>;
  private async insertTicket(
    tx: Knex.Transaction,
    ticket: NewTicket,
    events: NewEvent[],
    participants: string[],
    importBatchId?: string,
  ): Promise<string | undefined> {
    const acceptedAt = new Date(ticket.acceptedAt);
    const seq = await this.nextCounter(tx, this.counterName(ticket.acceptedAt));
    const createdAt = toMillis(events[0].at);
    const updatedAt = toMillis(events[events.length - 1].at);
    const insert = tx(TICKETS).insert({
      ...newTicketColumns(ticket),
      display_id: formatDisplayId(
        this.idPrefix,
        acceptedAt,
        this.timeZone,
        seq,
      ),
      version: events.length,
      created_at: createdAt,
      updated_at: updatedAt,
      ...(importBatchId !== undefined
        ? { import_batch_id: importBatchId }
        : {}),
    });
    const [row] = await (importBatchId !== undefined
      ? insert.onConflict('external_id').ignore().returning('id')
      : insert.returning('id'));
    if (row === undefined) return undefined;
    const id = String(typeof row === 'object' ? row.id : row);
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
  private async nextCounter(
    tx: Knex.Transaction,
    name: string,
  ): Promise<number> {
    const result = await tx.raw(
      `INSERT INTO ${COUNTERS} (name, value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET value = ${COUNTERS}.value + 1
       RETURNING value`,
      [name],
    );
    // node-postgres answers { rows }, better-sqlite3 an array of rows.
    const rows = Array.isArray(result) ? result : result.rows;
    return Number(rows[0].value);
  }

  private async readTicket(tx: Knex.Transaction, id: string): Promise<Ticket> {
    const row = await tx<DbTicketRow>(TICKETS).where({ id }).first();
    return ticketFromRow(row!);
  }
}

/**
 * Counting every match of a broad filter (all closed tickets, one service's tickets) reads
 * hundreds of thousands of index entries at a national desk, on every page; past this many the
 * exact number tells a person nothing more (bench/, issue 6).
 */
const COUNT_LIMIT = 10_000;

async function countUpTo(
  db: Knex,
  query: Knex.QueryBuilder,
  limit: number,
): Promise<number> {
  const matches = query
    .clone()
    .select(db.raw('1'))
    .limit(limit + 1)
    .as('matches');
  const [row] = await db.from(matches).count({ count: '*' });
  return Number(row.count);
}

function isId(id: string) {
  return /^[1-9][0-9]{0,17}$/.test(id);
}

function applyQueryFilters(qb: Knex.QueryBuilder, q: ListQuery) {
  const list = <T>(v: T | T[] | undefined) =>
    v === undefined ? undefined : ([] as T[]).concat(v);
  const states = list(q.state);
  const kinds = list(q.kind);
  if (states) qb.whereIn('state', states);
  if (kinds) qb.whereIn('kind', kinds);
  if (q.entityRef) qb.where('entity_ref', q.entityRef);
  if (q.assigneeRef) qb.where('assignee_ref', q.assigneeRef);
  if (q.priority) qb.where('priority', q.priority);
  if (q.emergency) qb.where('emergency', q.emergency === 'true');
  if (q.from) qb.where('accepted_at', '>=', toMillis(q.from));
  if (q.to) qb.where('accepted_at', '<', toMillis(q.to));
  if (q.involving) whereParticipant(qb, q.involving);
  if (q.q) {
    const pattern = `%${q.q
      .toLocaleLowerCase('en-US')
      .replace(/[\\%_]/g, c => `\\${c}`)}%`;
    qb.where(inner =>
      inner
        .whereRaw(`LOWER(title) LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`LOWER(description) LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`LOWER(display_id) LIKE ? ESCAPE '\\'`, [pattern]),
    );
  }
}

/** After every running deadline: tickets whose clocks have all stopped sort last by time left. */
const NO_DEADLINE = 8_640_000_000_000_000;

/**
 * What a list is sorted by: acceptance time, or the nearest deadline of the ticket's running SLA
 * clocks (the same clocks as `slaClocks`: timely handling until close or hand-over; for an
 * emergency, response from `responseStart` to `responseStop` and close until closed), computed
 * in SQL so paging works.
 */
function sortKey(
  db: Knex,
  order: ListQuery['order'],
  t: SlaTargets,
): { sql: string; bindings: number[] } {
  if (order !== 'deadline') return { sql: 'accepted_at', bindings: [] };
  const least = db.client.config.client === 'pg' ? 'LEAST' : 'MIN';
  const ms = (minutes: number) => Math.round(minutes * 60_000);
  return {
    sql: `${least}(
      CASE WHEN closed_at IS NULL AND handed_over_at IS NULL THEN accepted_at + ? ELSE ? END,
      CASE WHEN emergency AND notified_at IS NULL${
        t.dispatchCountsAsNotification ? ' AND handed_over_at IS NULL' : ''
      } THEN COALESCE(occurred_at, accepted_at) + ? ELSE ? END,
      CASE WHEN emergency AND closed_at IS NULL THEN accepted_at + ? ELSE ? END)`,
    bindings: [
      ms(t.timelyHandlingMinutes),
      NO_DEADLINE,
      ms(t.emergencyResponseMinutes),
      NO_DEADLINE,
      ms(t.emergencyCloseMinutes),
      NO_DEADLINE,
    ],
  };
}

function encodeCursor(key: number, id: number) {
  return Buffer.from(`${key}:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { key: number; id: number } | undefined {
  const m = /^(\d{1,16}):(\d{1,18})$/.exec(
    Buffer.from(cursor, 'base64url').toString(),
  );
  return m ? { key: Number(m[1]), id: Number(m[2]) } : undefined;
}

/** Links a call to a new ticket, or refuses (and so rolls the ticket back): a call has one ticket. */
async function linkCall(
  tx: Knex.Transaction,
  callId: string,
  ticketId: string,
): Promise<void> {
  const linked = await tx(CALLS)
    .where({ call_id: callId })
    .whereNull('ticket_id')
    .update({ ticket_id: ticketId });
  if (linked) return;
  const call = await tx(CALLS).where({ call_id: callId }).first();
  if (!call) throw new InputError(`callId: no call ${callId}`);
  throw new ConflictError(
    `call ${callId} is already linked to ticket ${call.ticket_id}`,
  );
}
