import { Knex } from 'knex';
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

/** Call records; idempotent by the telephone system's call id. */
export class CallStore {
  constructor(private readonly db: Knex) {}

  /** Writes the calls not seen before, in one transaction; returns how many were new. */
  async addCalls(calls: CallRecord[]): Promise<number> {
    return this.db.transaction(async tx => {
      let added = 0;
      for (let i = 0; i < calls.length; i += 500) {
        const rows = await tx(CALLS)
          .insert(
            calls.slice(i, i + 500).map(c => ({
              call_id: c.callId,
              ring_at: Date.parse(c.ringAt),
              answered_at: c.answeredAt ? Date.parse(c.answeredAt) : null,
              ended_at: c.endedAt ? Date.parse(c.endedAt) : null,
              agent_ref: c.agentRef ?? null,
              caller_number: c.callerNumber ?? null,
              ivr_rating: c.ivrRating ?? null,
            })),
          )
          .onConflict('call_id')
          .ignore()
          .returning('id');
        added += rows.length;
      }
      return added;
    });
  }

  /** Links a call to a ticket; false when the call is unknown. A call belongs to one ticket. */
  async linkTicket(callId: string, ticketId: string): Promise<{ found: boolean; ticketId?: string }> {
    return this.db.transaction(async tx => {
      const row = await tx(CALLS).where({ call_id: callId }).first().forUpdate();
      if (!row) return { found: false };
      if (row.ticket_id === null) {
        await tx(CALLS).where({ call_id: callId }).update({ ticket_id: ticketId });
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
