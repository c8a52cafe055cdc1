import { WriteProvenance } from './batches';

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
export interface CallStore {
  /**
   * Writes the calls not seen before in one transaction, each row naming who wrote it, through
   * which door, in which batch. Throws a ConflictError, writing nothing, when a call id is
   * already recorded (or repeated in the batch) with different content.
   */
  addCalls(calls: CallRecord[], by: WriteProvenance): Promise<AddedCalls>;

  /**
   * Links a call to a ticket; `found` is false when the call is unknown. A call belongs to one
   * ticket: `ticketId` is the one it is linked to, which may be another than asked for.
   */
  linkTicket(
    callId: string,
    ticketId: string,
  ): Promise<{ found: boolean; ticketId?: string }>;

  countCalls(): Promise<number>;
}
