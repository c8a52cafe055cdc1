import { Alert, AlertDeadLetter } from '@internal/plugin-service-desk-common';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import {
  ALERTS,
  ALERT_DEAD_LETTERS,
  ALERT_FINGERPRINTS,
  DbBoolean,
  DbId,
  DbTime,
  toIso,
} from './tables';

/** How much of a refused body is kept: enough to see what was wrong, not a flood's worth. */
export const DEAD_LETTER_BODY_CHARS = 4000;

/** What a claim on a fingerprint found: open the ticket, join this one, or wait for another. */
export type FingerprintClaim =
  | { kind: 'claimed'; token: string }
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'pending'; claimedAt: number };

interface AlertRow {
  id: DbId;
  ticket_id: DbId;
  fingerprint: string;
  sender: string;
  entity_ref: string;
  severity: string;
  summary: string;
  occurred_at: DbTime;
  received_at: DbTime;
  opened: DbBoolean;
}

interface DeadLetterRow {
  id: DbId;
  received_at: DbTime;
  sender: string;
  status: number;
  reason: string;
  body: string;
}

const alertOf = (r: AlertRow): Alert => ({
  id: String(r.id),
  ticketId: String(r.ticket_id),
  fingerprint: r.fingerprint,
  sender: r.sender,
  service: r.entity_ref,
  severity: r.severity,
  summary: r.summary,
  occurredAt: toIso(r.occurred_at),
  receivedAt: toIso(r.received_at),
  opened: Boolean(r.opened),
});

/**
 * The alerts of monitoring and the one open ticket per fingerprint (the migration
 * 20261206000000_monitoring_alerts says how a claim makes a burst open one ticket).
 */
export class AlertStore {
  constructor(private readonly db: Knex) {}

  /**
   * Claims `fingerprint` for opening its ticket, unless a ticket is already named for it (the
   * caller checks it is still open) or another claim is younger than `leaseMs`.
   */
  async claim(
    fingerprint: string,
    now: number,
    leaseMs: number,
  ): Promise<FingerprintClaim> {
    const token = randomUUID();
    await this.db(ALERT_FINGERPRINTS)
      .insert({
        fingerprint,
        ticket_id: null,
        claim_token: token,
        claimed_at: now,
      })
      .onConflict('fingerprint')
      .ignore();
    const row = await this.db(ALERT_FINGERPRINTS).where({ fingerprint }).first<{
      ticket_id: DbId | null;
      claim_token: string;
      claimed_at: DbTime;
    }>('ticket_id', 'claim_token', 'claimed_at');
    if (!row) return this.claim(fingerprint, now, leaseMs);
    if (row.claim_token === token) return { kind: 'claimed', token };
    if (row.ticket_id !== null)
      return { kind: 'ticket', ticketId: String(row.ticket_id) };
    const claimedAt = Number(row.claimed_at);
    if (now - claimedAt < leaseMs) return { kind: 'pending', claimedAt };
    // The claimant did not open its ticket within the lease (it failed, or its process died).
    return (
      (await this.takeOver(
        fingerprint,
        { claim_token: row.claim_token },
        now,
      )) ?? this.claim(fingerprint, now, leaseMs)
    );
  }

  /** Claims the fingerprint from the ticket named for it, once that ticket is no longer open. */
  async claimFromClosed(
    fingerprint: string,
    ticketId: string,
    now: number,
  ): Promise<FingerprintClaim | undefined> {
    return this.takeOver(fingerprint, { ticket_id: ticketId }, now);
  }

  /** Names the ticket a claim opened: later alerts of the fingerprint join it. */
  async settle(fingerprint: string, token: string, ticketId: string) {
    await this.db(ALERT_FINGERPRINTS)
      .where({ fingerprint, claim_token: token })
      .update({ ticket_id: ticketId });
  }

  /** Lets a claim go when its ticket could not be opened, so the next alert tries again. */
  async release(fingerprint: string, token: string) {
    await this.db(ALERT_FINGERPRINTS)
      .where({ fingerprint, claim_token: token, ticket_id: null })
      .delete();
  }

  async record(alert: Omit<Alert, 'id'>): Promise<Alert> {
    const [row] = await this.db(ALERTS)
      .insert({
        ticket_id: alert.ticketId,
        fingerprint: alert.fingerprint,
        sender: alert.sender,
        entity_ref: alert.service,
        severity: alert.severity,
        summary: alert.summary,
        occurred_at: Date.parse(alert.occurredAt),
        received_at: Date.parse(alert.receivedAt),
        opened: alert.opened,
      })
      .returning('*');
    return alertOf(row as AlertRow);
  }

  async countAlerts(): Promise<number> {
    const [{ n }] = await this.db(ALERTS).count({ n: '*' });
    return Number(n);
  }

  /** A ticket's alerts, in the order received. */
  async forTicket(ticketId: string): Promise<Alert[]> {
    const rows: AlertRow[] = await this.db(ALERTS)
      .where({ ticket_id: ticketId })
      .orderBy('id');
    return rows.map(alertOf);
  }

  async deadLetter(letter: Omit<AlertDeadLetter, 'id'>): Promise<void> {
    await this.db(ALERT_DEAD_LETTERS).insert({
      received_at: Date.parse(letter.receivedAt),
      sender: letter.sender,
      status: letter.status,
      reason: letter.reason,
      body: letter.body.slice(0, DEAD_LETTER_BODY_CHARS),
    });
  }

  /** The latest refused alerts, newest first. */
  async deadLetters(limit: number): Promise<AlertDeadLetter[]> {
    const rows: DeadLetterRow[] = await this.db(ALERT_DEAD_LETTERS)
      .orderBy('id', 'desc')
      .limit(limit);
    return rows.map(r => ({
      id: String(r.id),
      receivedAt: toIso(r.received_at),
      sender: r.sender,
      status: Number(r.status),
      reason: r.reason,
      body: r.body,
    }));
  }

  /** A new claim on the row if it still matches `was`; what is there otherwise. */
  private async takeOver(
    fingerprint: string,
    was: { claim_token: string } | { ticket_id: string },
    now: number,
  ): Promise<FingerprintClaim | undefined> {
    const token = randomUUID();
    const taken = await this.db(ALERT_FINGERPRINTS)
      .where({ fingerprint, ...was })
      .update({ ticket_id: null, claim_token: token, claimed_at: now });
    return taken === 1 ? { kind: 'claimed', token } : undefined;
  }
}
