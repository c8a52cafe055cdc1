import {
  Appeal,
  AppealState,
  PeriodKind,
  PeriodRef,
  ScoreItemId,
  SealRequest,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { returnedId, takeTurnsOn, whereOneOf } from './dialect';
import {
  NewAppeal,
  NewSeal,
  PeriodCloseStore,
  StoredSeal,
  Watermarks,
} from './PeriodCloseStore';
import {
  APPEALS,
  APPEAL_DECISIONS,
  CALLS,
  DbBoolean,
  DbId,
  DbTime,
  ENTRIES,
  EVENTS,
  SEALS,
  SEAL_DECISIONS,
  SEAL_REQUESTS,
  UNSEALS,
  optIso,
  toIso,
} from './tables';

interface RequestRow {
  id: DbId;
  period_kind: string;
  period_label: string;
  seq: number;
  note: string | null;
  submitted_by: string;
  submitted_at: DbTime;
  approved: DbBoolean | null;
  decided_by: string | null;
  decided_at: DbTime | null;
  reason: string | null;
}

interface SealRow {
  id: DbId;
  request_id: DbId;
  period_kind: string;
  period_label: string;
  rule_set_version: string;
  rule_set_fingerprint: string;
  submitted_by: string;
  sealed_by: string;
  sealed_at: DbTime;
  report: string;
  event_watermark: DbTime;
  call_watermark: DbTime;
  entry_watermark: DbTime;
  unsealed_by: string | null;
  unsealed_at: DbTime | null;
  unseal_reason: string | null;
}

interface AppealRow {
  id: DbId;
  period_kind: string;
  period_label: string;
  deduction_key: string;
  item_id: string;
  points: number | string;
  deduction: string;
  evidence: string;
  reason: string;
  evidence_link: string | null;
  filed_by: string;
  filed_at: DbTime;
  accepted: DbBoolean | null;
  decided_by: string | null;
  decided_at: DbTime | null;
  decision_reason: string | null;
}

const periodOf = (r: { period_kind: string; period_label: string }) => ({
  kind: r.period_kind as PeriodKind,
  label: r.period_label,
});

function requestFromRow(r: RequestRow): SealRequest {
  let state: SealRequest['state'] = 'submitted';
  if (r.approved !== null) state = r.approved ? 'approved' : 'returned';
  return {
    id: String(r.id),
    ...periodOf(r),
    state,
    submittedBy: r.submitted_by,
    submittedAt: toIso(r.submitted_at),
    ...(r.note ? { note: r.note } : {}),
    ...(r.decided_by
      ? { decidedBy: r.decided_by, decidedAt: optIso(r.decided_at) }
      : {}),
    ...(r.reason ? { decisionReason: r.reason } : {}),
  };
}

function sealFromRow(r: SealRow): StoredSeal {
  return {
    id: String(r.id),
    requestId: String(r.request_id),
    ...periodOf(r),
    ruleSetVersion: r.rule_set_version,
    ruleSetFingerprint: r.rule_set_fingerprint,
    submittedBy: r.submitted_by,
    sealedBy: r.sealed_by,
    sealedAt: toIso(r.sealed_at),
    report: JSON.parse(r.report),
    watermarks: {
      event: Number(r.event_watermark),
      call: Number(r.call_watermark),
      entry: Number(r.entry_watermark),
    },
    ...(r.unsealed_by
      ? {
          unsealed: {
            by: r.unsealed_by,
            at: toIso(r.unsealed_at!),
            reason: r.unseal_reason ?? '',
          },
        }
      : {}),
  };
}

function appealFromRow(r: AppealRow): Appeal {
  let state: AppealState = 'pending';
  if (r.accepted !== null) state = r.accepted ? 'accepted' : 'rejected';
  return {
    id: String(r.id),
    ...periodOf(r),
    deductionKey: r.deduction_key,
    itemId: r.item_id as ScoreItemId,
    points: Number(r.points),
    deduction: JSON.parse(r.deduction),
    evidence: JSON.parse(r.evidence),
    reason: r.reason,
    ...(r.evidence_link ? { evidenceLink: r.evidence_link } : {}),
    state,
    filedBy: r.filed_by,
    filedAt: toIso(r.filed_at),
    ...(r.decided_by
      ? {
          decidedBy: r.decided_by,
          decidedAt: optIso(r.decided_at),
          decisionReason: r.decision_reason ?? undefined,
        }
      : {}),
  };
}

/** Sealing and appeals on the plugin's database; built by `ServiceDeskDatabase`. */
export class DatabasePeriodCloseStore implements PeriodCloseStore {
  static create(db: Knex): DatabasePeriodCloseStore {
    return new DatabasePeriodCloseStore(db);
  }

  private constructor(private readonly db: Knex) {}

  async exclusive<T>(fn: (tx: PeriodCloseStore) => Promise<T>): Promise<T> {
    return this.db.transaction(async tx => {
      await takeTurnsOn(tx, SEAL_REQUESTS);
      await takeTurnsOn(tx, APPEALS);
      return fn(new DatabasePeriodCloseStore(tx));
    });
  }

  private requestQuery() {
    return this.db(`${SEAL_REQUESTS} as r`)
      .leftJoin(`${SEAL_DECISIONS} as d`, 'd.request_id', 'r.id')
      .select('r.*', 'd.approved', 'd.decided_by', 'd.decided_at', 'd.reason');
  }

  async requests(period: PeriodRef): Promise<SealRequest[]> {
    const rows: RequestRow[] = await this.requestQuery()
      .where({ 'r.period_kind': period.kind, 'r.period_label': period.label })
      .orderBy('r.seq', 'desc');
    return rows.map(requestFromRow);
  }

  async request(id: string): Promise<SealRequest | undefined> {
    const row: RequestRow | undefined = await this.requestQuery()
      .where('r.id', id)
      .first();
    return row && requestFromRow(row);
  }

  async submit(
    period: PeriodRef,
    by: string,
    at: Date,
    note?: string,
  ): Promise<SealRequest> {
    const last = await this.db(SEAL_REQUESTS)
      .where({ period_kind: period.kind, period_label: period.label })
      .max({ seq: 'seq' })
      .first();
    const [row] = await this.db(SEAL_REQUESTS)
      .insert({
        period_kind: period.kind,
        period_label: period.label,
        seq: Number(last?.seq ?? 0) + 1,
        note: note ?? null,
        submitted_by: by,
        submitted_at: at.getTime(),
      })
      .returning('id');
    return (await this.request(returnedId(row)))!;
  }

  async decide(
    id: string,
    decision: { approved: boolean; by: string; at: Date; reason?: string },
  ): Promise<SealRequest> {
    await this.db(SEAL_DECISIONS).insert({
      request_id: id,
      approved: decision.approved,
      decided_by: decision.by,
      decided_at: decision.at.getTime(),
      reason: decision.reason ?? null,
    });
    return (await this.request(id))!;
  }

  private sealQuery() {
    return this.db(`${SEALS} as s`)
      .leftJoin(`${UNSEALS} as u`, 'u.seal_id', 's.id')
      .select(
        's.*',
        'u.unsealed_by',
        'u.unsealed_at',
        'u.reason as unseal_reason',
      );
  }

  async seals(period: PeriodRef): Promise<StoredSeal[]> {
    const rows: SealRow[] = await this.sealQuery()
      .where({ 's.period_kind': period.kind, 's.period_label': period.label })
      .orderBy('s.seq', 'desc');
    return rows.map(sealFromRow);
  }

  async seal(id: string): Promise<StoredSeal | undefined> {
    const row: SealRow | undefined = await this.sealQuery()
      .where('s.id', id)
      .first();
    return row && sealFromRow(row);
  }

  async addSeal(seal: NewSeal): Promise<StoredSeal> {
    const last = await this.db(SEALS)
      .where({ period_kind: seal.kind, period_label: seal.label })
      .max({ seq: 'seq' })
      .first();
    const [row] = await this.db(SEALS)
      .insert({
        request_id: seal.requestId,
        period_kind: seal.kind,
        period_label: seal.label,
        seq: Number(last?.seq ?? 0) + 1,
        rule_set_version: seal.ruleSetVersion,
        rule_set_fingerprint: seal.ruleSetFingerprint,
        submitted_by: seal.submittedBy,
        sealed_by: seal.sealedBy,
        sealed_at: Date.parse(seal.sealedAt),
        report: JSON.stringify(seal.report),
        event_watermark: seal.watermarks.event,
        call_watermark: seal.watermarks.call,
        entry_watermark: seal.watermarks.entry,
      })
      .returning('id');
    return (await this.seal(returnedId(row)))!;
  }

  async unseal(id: string, by: string, at: Date, reason: string) {
    await this.db(UNSEALS).insert({
      seal_id: id,
      unsealed_by: by,
      unsealed_at: at.getTime(),
      reason,
    });
  }

  async sealedVersions() {
    const rows: Array<{
      rule_set_version: string;
      rule_set_fingerprint: string;
    }> = await this.db(SEALS)
      .distinct('rule_set_version', 'rule_set_fingerprint')
      .orderBy('rule_set_version');
    return rows.map(r => ({
      version: r.rule_set_version,
      fingerprint: r.rule_set_fingerprint,
    }));
  }

  async watermarks(): Promise<Watermarks> {
    const newest = async (table: string) => {
      const row = await this.db(table).max({ id: 'id' }).first();
      return Number(row?.id ?? 0);
    };
    const [event, call, entry] = await Promise.all(
      [EVENTS, CALLS, ENTRIES].map(newest),
    );
    return { event, call, entry };
  }

  async appeals(filter: {
    ids?: string[];
    year?: number;
    keys?: string[];
  }): Promise<Appeal[]> {
    const query = this.db(`${APPEALS} as a`)
      .leftJoin(`${APPEAL_DECISIONS} as d`, 'd.appeal_id', 'a.id')
      .select(
        'a.*',
        'd.accepted',
        'd.decided_by',
        'd.decided_at',
        'd.reason as decision_reason',
      )
      .orderBy('a.id');
    if (filter.ids) query.whereIn('a.id', filter.ids);
    if (filter.year !== undefined) query.where('a.year', filter.year);
    if (filter.keys) whereOneOf(query, 'a.deduction_key', filter.keys);
    const rows: AppealRow[] = await query;
    return rows.map(appealFromRow);
  }

  async fileAppeal(appeal: NewAppeal): Promise<Appeal> {
    const last = await this.db(APPEALS)
      .where({ deduction_key: appeal.deductionKey })
      .max({ seq: 'seq' })
      .first();
    const [row] = await this.db(APPEALS)
      .insert({
        period_kind: appeal.kind,
        period_label: appeal.label,
        year: appeal.year,
        deduction_key: appeal.deductionKey,
        seq: Number(last?.seq ?? 0) + 1,
        item_id: appeal.itemId,
        points: appeal.points,
        deduction: JSON.stringify(appeal.deduction),
        evidence: JSON.stringify(appeal.evidence),
        reason: appeal.reason,
        evidence_link: appeal.evidenceLink ?? null,
        filed_by: appeal.filedBy,
        filed_at: Date.parse(appeal.filedAt),
      })
      .returning('id');
    const [filed] = await this.appeals({ ids: [returnedId(row)] });
    return filed;
  }

  async decideAppeal(
    id: string,
    decision: { accepted: boolean; by: string; at: Date; reason: string },
  ): Promise<Appeal> {
    await this.db(APPEAL_DECISIONS).insert({
      appeal_id: id,
      accepted: decision.accepted,
      decided_by: decision.by,
      decided_at: decision.at.getTime(),
      reason: decision.reason,
    });
    const [decided] = await this.appeals({ ids: [id] });
    return decided;
  }
}
