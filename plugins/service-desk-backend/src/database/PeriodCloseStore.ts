import {
  Appeal,
  PeriodRef,
  ScorecardReport,
  Seal,
  SealRequest,
} from '@internal/plugin-service-desk-common';

/** The newest event, call and entry ids when a report was sealed. */
export interface Watermarks {
  event: number;
  call: number;
  entry: number;
}

/** A seal with the report it holds and the ids it was taken at. */
export interface StoredSeal extends Seal {
  report: ScorecardReport;
  ruleSetFingerprint: string;
  watermarks: Watermarks;
}

export type NewSeal = Omit<StoredSeal, 'id' | 'unsealed'>;

export type NewAppeal = Omit<
  Appeal,
  'id' | 'state' | 'decidedBy' | 'decidedAt' | 'decisionReason'
> & { year: number };

/**
 * Sealing requests, seals and appeals (SPEC §6.7, issue 14). Nothing is ever updated: a decision,
 * an unsealing is a row of its own, read back joined to what it decides.
 */
export interface PeriodCloseStore {
  /** Runs `fn` with writers of period closes taking turns, on every replica. */
  exclusive<T>(fn: (tx: PeriodCloseStore) => Promise<T>): Promise<T>;

  /** A period's requests, newest first. */
  requests(period: PeriodRef): Promise<SealRequest[]>;
  request(id: string): Promise<SealRequest | undefined>;
  submit(
    period: PeriodRef,
    by: string,
    at: Date,
    note?: string,
  ): Promise<SealRequest>;
  decide(
    id: string,
    decision: { approved: boolean; by: string; at: Date; reason?: string },
  ): Promise<SealRequest>;

  /** A period's seals, newest first. */
  seals(period: PeriodRef): Promise<StoredSeal[]>;
  seal(id: string): Promise<StoredSeal | undefined>;
  addSeal(seal: NewSeal): Promise<StoredSeal>;
  unseal(id: string, by: string, at: Date, reason: string): Promise<void>;
  /** Every rule-set version a seal (in force or not) was scored by. */
  sealedVersions(): Promise<Array<{ version: string; fingerprint: string }>>;
  watermarks(): Promise<Watermarks>;

  appeals(filter: {
    ids?: string[];
    year?: number;
    keys?: string[];
  }): Promise<Appeal[]>;
  fileAppeal(appeal: NewAppeal): Promise<Appeal>;
  decideAppeal(
    id: string,
    decision: { accepted: boolean; by: string; at: Date; reason: string },
  ): Promise<Appeal>;
}
