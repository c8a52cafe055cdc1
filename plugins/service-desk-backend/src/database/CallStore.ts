import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { WriteProvenance, closeBatch, openBatch } from './batches';
import { CALLS } from './metrics/callFigures';

/** A call as the telephone system reports it (§8.1); times are UTC instants. */
export interface CallRecord {
  callId: string;
  ringAt: string;
  answeredAt?: string;
  endedAt?: string;
  agentRef?: string;
  callerNumber?: string;
  ivrRating?: string;
}

/** The fields of a call record, as compared when the same call id arrives again. */
const CALL_FIELDS = [
  'ringAt',
  'answeredAt',
  'endedAt',
  'agentRef',
  'callerNumber',
  'ivrRating',
] as const;

function callColumns(c: CallRecord) {
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
  columns: Record<string, unknown>,
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
function differingFields(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): string[] {
  const x = contentOf(a);
  const y = contentOf(b);
  return CALL_FIELDS.filter(f => x[f] !== y[f]);
}

export interface AddedCalls {
  /** Calls not recorded before. */
  added: number;
  /** The batch the new calls were recorded in; absent when the batch wrote nothing. */
  batchId?: string;
}

/**
 * Call records; idempotent by the telephone system's call id. A call id that arrives again with
 * the same content is skipped; with other content the whole batch is refused (409), so a record
 * already scored can never be displaced, and a later true record is never silently dropped.
 */
export class CallStore {
  constructor(
    private readonly db: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Writes the calls not seen before in one transaction, each row naming who wrote it, through
   * which door, in which batch. Throws a ConflictError, writing nothing, when a call id is
   * already recorded (or repeated in the batch) with different content.
   */
  async addCalls(
    calls: CallRecord[],
    by: WriteProvenance,
  ): Promise<AddedCalls> {
    const conflicts: string[] = [];
    // One row per call id; a repeat in the batch must say the same.
    const unique = new Map<string, ReturnType<typeof callColumns>>();
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
    const refuse = () => {
      if (!conflicts.length) return;
      const more =
        conflicts.length > 50 ? `; and ${conflicts.length - 50} more` : '';
      throw new ConflictError(
        `nothing was recorded: ${conflicts.slice(0, 50).join('; ')}${more}`,
      );
    };
    refuse();
    return this.db.transaction(async tx => {
      const batchId = await openBatch(tx, 'calls', by, this.now().getTime());
      // In call id order, so two concurrent batches take the rows' locks in the same order.
      const all = [...unique.values()].sort((a, b) =>
        a.call_id < b.call_id ? -1 : a.call_id > b.call_id ? 1 : 0,
      );
      let added = 0;
      const compare = (recorded: Array<Record<string, unknown>>) => {
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
      for (let i = 0; i < all.length; i += 500) {
        const chunk = all.slice(i, i + 500);
        const known = await tx(CALLS)
          .whereIn(
            'call_id',
            chunk.map(c => c.call_id),
          )
          .select('*');
        compare(known);
        const knownIds = new Set(known.map(r => String(r.call_id)));
        const fresh = chunk.filter(c => !knownIds.has(c.call_id));
        if (!fresh.length) continue;
        const inserted: Array<{ call_id: string }> = await tx(CALLS)
          .insert(
            fresh.map(c => ({
              ...c,
              written_by: by.principal,
              door: by.door,
              batch_id: batchId,
            })),
          )
          .onConflict('call_id')
          .ignore()
          .returning('call_id');
        added += inserted.length;
        // Written by a concurrent batch between the read and the insert: compared like the others.
        const taken = new Set(inserted.map(r => String(r.call_id)));
        const raced = fresh
          .filter(c => !taken.has(c.call_id))
          .map(c => c.call_id);
        if (raced.length)
          compare(await tx(CALLS).whereIn('call_id', raced).select('*'));
      }
      // Throwing rolls the whole batch back, its batch row included.
      refuse();
      return { added, batchId: await closeBatch(tx, batchId, added) };
    });
  }

  /** Links a call to a ticket; false when the call is unknown. A call belongs to one ticket. */
  async linkTicket(
    callId: string,
    ticketId: string,
  ): Promise<{ found: boolean; ticketId?: string }> {
    return this.db.transaction(async tx => {
      const row = await tx(CALLS)
        .where({ call_id: callId })
        .first()
        .forUpdate();
      if (!row) return { found: false };
      if (row.ticket_id === null) {
        await tx(CALLS)
          .where({ call_id: callId })
          .update({ ticket_id: ticketId });
        return { found: true, ticketId };
      }
      return { found: true, ticketId: String(row.ticket_id) };
    });
  }

  async countCalls(): Promise<number> {
    const [{ n }] = await this.db(CALLS).count({ n: '*' });
    return Number(n);
  }
}
