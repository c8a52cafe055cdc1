import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { CALL_CSV_COLUMNS } from '@internal/plugin-service-desk-common';
import { WriteProvenance, closeBatch, inLockOrder, openBatch } from './batches';
import { AddedCalls, CallRecord, CallStore } from './CallStore';
import { CALLS, DbCallRow } from './tables';

/** A call's own columns: what the telephone system reported. */
type CallColumns = Pick<
  DbCallRow,
  | 'call_id'
  | 'ring_at'
  | 'answered_at'
  | 'ended_at'
  | 'agent_ref'
  | 'caller_number'
  | 'ivr_rating'
>;

/** The fields of a call record, as compared when the same call id arrives again. */
/** A call's fields besides its id: what must match when the same id arrives again. */
const CALL_FIELDS = CALL_CSV_COLUMNS.filter(
  (c): c is Exclude<(typeof CALL_CSV_COLUMNS)[number], 'callId'> =>
    c !== 'callId',
);

/** At most this many conflicts are named in a refusal. */
const CONFLICTS_SHOWN = 50;

function callColumns(c: CallRecord): CallColumns {
  return {
    call_id: c.callId,
    ring_at: Date.parse(c.ringAt),
    answered_at: c.answeredAt ? Date.parse(c.answeredAt) : null,
    ended_at: c.endedAt ? Date.parse(c.endedAt) : null,
    agent_ref: c.agentRef ?? null,
    caller_number: c.callerNumber ?? null,
    ivr_rating: c.ivrRating ?? null,
  };
}

/** A call's content as comparable values: times as epoch milliseconds, absent as null. */
function contentOf(
  columns: CallColumns,
): Record<(typeof CALL_FIELDS)[number], unknown> {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const t = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    ringAt: n(columns.ring_at),
    answeredAt: n(columns.answered_at),
    endedAt: n(columns.ended_at),
    agentRef: t(columns.agent_ref),
    callerNumber: t(columns.caller_number),
    ivrRating: t(columns.ivr_rating),
  };
}

/** The fields in which two versions of one call differ (names only: no caller number in a 409). */
function differingFields(a: CallColumns, b: CallColumns): string[] {
  const x = contentOf(a);
  const y = contentOf(b);
  return CALL_FIELDS.filter(f => x[f] !== y[f]);
}

/** One row per call id, and the repeats in the batch that do not say the same as the first. */
function uniqueCalls(calls: CallRecord[]) {
  const conflicts: string[] = [];
  const unique = new Map<string, CallColumns>();
  for (const call of calls) {
    const columns = callColumns(call);
    const first = unique.get(call.callId);
    if (!first) unique.set(call.callId, columns);
    else {
      const fields = differingFields(first, columns);
      if (fields.length)
        conflicts.push(
          `call ${
            call.callId
          } appears twice in the batch with different ${fields.join(', ')}`,
        );
    }
  }
  return { unique, conflicts };
}

function refuseConflicts(conflicts: string[]): void {
  if (!conflicts.length) return;
  const more =
    conflicts.length > CONFLICTS_SHOWN
      ? `; and ${conflicts.length - CONFLICTS_SHOWN} more`
      : '';
  throw new ConflictError(
    `nothing was recorded: ${conflicts
      .slice(0, CONFLICTS_SHOWN)
      .join('; ')}${more}`,
  );
}

/**
 * Links a call to a ticket unless it has one; answers the ticket the call is linked to after,
 * or undefined when there is no such call. The conditional update makes a second linker (on
 * any replica) wait for the first and then find the call taken.
 */
export async function linkCallToTicket(
  tx: Knex.Transaction,
  callId: string,
  ticketId: string,
): Promise<string | undefined> {
  const linked = await tx(CALLS)
    .where({ call_id: callId })
    .whereNull('ticket_id')
    .update({ ticket_id: ticketId });
  if (linked) return ticketId;
  return (await ticketOfCall(tx, callId)) ?? undefined;
}

/** The ticket a call is linked to: null when none yet, undefined when there is no such call. */
export async function ticketOfCall(
  db: Knex,
  callId: string,
): Promise<string | null | undefined> {
  const call: Pick<DbCallRow, 'ticket_id'> | undefined = await db(CALLS)
    .where({ call_id: callId })
    .first('ticket_id');
  if (!call) return undefined;
  return call.ticket_id === null ? null : String(call.ticket_id);
}

/**
 * Inserts the calls of `chunk` not recorded yet; hands the recorded ones to `compare`. Returns
 * how many it inserted.
 */
async function insertNew(
  tx: Knex.Transaction,
  chunk: CallColumns[],
  provenance: Pick<DbCallRow, 'written_by' | 'door' | 'batch_id'>,
  compare: (recorded: DbCallRow[]) => void,
): Promise<number> {
  const known: DbCallRow[] = await tx(CALLS)
    .whereIn(
      'call_id',
      chunk.map(c => c.call_id),
    )
    .select('*');
  compare(known);
  const knownIds = new Set(known.map(r => String(r.call_id)));
  const fresh = chunk.filter(c => !knownIds.has(c.call_id));
  if (!fresh.length) return 0;
  const inserted: Array<{ call_id: string }> = await tx(CALLS)
    .insert(fresh.map(c => ({ ...c, ...provenance })))
    .onConflict('call_id')
    .ignore()
    .returning('call_id');
  // Written by a concurrent batch between the read and the insert: compared like the others.
  const taken = new Set(inserted.map(r => String(r.call_id)));
  const raced = fresh.filter(c => !taken.has(c.call_id)).map(c => c.call_id);
  if (raced.length)
    compare(await tx(CALLS).whereIn('call_id', raced).select('*'));
  return inserted.length;
}

/** The call store on the plugin's database; built by `ServiceDeskDatabase`. */
export class DatabaseCallStore implements CallStore {
  static create(db: Knex): DatabaseCallStore {
    return new DatabaseCallStore(db);
  }

  private constructor(private readonly db: Knex) {}

  async addCalls(
    calls: CallRecord[],
    by: WriteProvenance,
  ): Promise<AddedCalls> {
    const { unique, conflicts } = uniqueCalls(calls);
    refuseConflicts(conflicts);
    return this.db.transaction(async tx => {
      const batchId = await openBatch(tx, 'calls', by, Date.now());
      const all = inLockOrder([...unique.values()], c => c.call_id);
      const provenance = {
        written_by: by.principal,
        door: by.door,
        batch_id: batchId,
      };
      const compare = (recorded: DbCallRow[]) => {
        for (const row of recorded) {
          const fields = differingFields(row, unique.get(String(row.call_id))!);
          if (fields.length) {
            conflicts.push(
              `call ${
                row.call_id
              } is already recorded with different ${fields.join(', ')}`,
            );
          }
        }
      };
      let added = 0;
      for (let i = 0; i < all.length; i += 500) {
        added += await insertNew(
          tx,
          all.slice(i, i + 500),
          provenance,
          compare,
        );
      }
      // Throwing rolls the whole batch back, its batch row included.
      refuseConflicts(conflicts);
      return { added, batchId: await closeBatch(tx, batchId, added) };
    });
  }

  async linkTicket(
    callId: string,
    ticketId: string,
  ): Promise<{ found: boolean; ticketId?: string }> {
    const linked = await this.db.transaction(tx =>
      linkCallToTicket(tx, callId, ticketId),
    );
    return linked === undefined
      ? { found: false }
      : { found: true, ticketId: linked };
  }

  async countCalls(): Promise<number> {
    const [{ n }] = await this.db(CALLS).count({ n: '*' });
    return Number(n);
  }
}
