import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  RosterChange,
  RosterChangeStatus,
  RosterChangeType,
  RosterSlotRef,
  ShiftKind,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { takeTurnsOn } from './dialect';
import { NewRosterChange, PlannedSlot, RosterStore } from './RosterStore';
import {
  DbRosterChangeRow,
  DbRosterSlotRow,
  ROSTER_CHANGES,
  ROSTER_SLOTS,
  toIso,
} from './tables';

function changeFromRow(r: DbRosterChangeRow): RosterChange {
  return {
    id: String(r.id),
    date: r.date,
    kind: r.kind as ShiftKind,
    type: r.type as RosterChangeType,
    start: toIso(r.starts_at),
    end: toIso(r.ends_at),
    holder: r.holder,
    replacement: r.replacement,
    swapWith: r.swap_date
      ? { date: r.swap_date, kind: r.swap_kind as ShiftKind }
      : undefined,
    reason: r.reason,
    status: r.status as RosterChangeStatus,
    needsApproval: Boolean(r.needs_approval),
    requestedBy: r.requested_by,
    requestedAt: toIso(r.requested_at),
    decidedBy: r.decided_by ?? undefined,
    decidedAt: r.decided_at === null ? undefined : toIso(r.decided_at),
    decisionNote: r.decision_note ?? undefined,
  };
}

/** The roster on the plugin's database; built by `ServiceDeskDatabase`. */
export class DatabaseRosterStore implements RosterStore {
  static create(db: Knex): DatabaseRosterStore {
    return new DatabaseRosterStore(db);
  }

  private constructor(private readonly db: Knex) {}

  async exclusive<T>(fn: (tx: RosterStore) => Promise<T>): Promise<T> {
    return this.db.transaction(async tx => {
      await takeTurnsOn(tx, ROSTER_CHANGES);
      return fn(new DatabaseRosterStore(tx));
    });
  }

  async planned(from: string, to: string): Promise<PlannedSlot[]> {
    const rows: DbRosterSlotRow[] = await this.db(ROSTER_SLOTS)
      .whereBetween('date', [from, to])
      .orderBy(['date', 'kind']);
    return rows.map(r => ({
      date: r.date,
      kind: r.kind as ShiftKind,
      holder: r.holder,
      plannedBy: r.planned_by,
      plannedAt: toIso(r.planned_at),
    }));
  }

  async changes(from: string, to: string): Promise<RosterChange[]> {
    const rows: DbRosterChangeRow[] = await this.db(ROSTER_CHANGES)
      .whereBetween('date', [from, to])
      .orWhereBetween('swap_date', [from, to])
      .orderBy('id');
    return rows.map(changeFromRow);
  }

  async pendingChanges(): Promise<RosterChange[]> {
    const rows: DbRosterChangeRow[] = await this.db(ROSTER_CHANGES)
      .where({ status: 'pending' })
      .orderBy('id');
    return rows.map(changeFromRow);
  }

  async savePlan(
    assignments: Array<RosterSlotRef & { holder: string }>,
    by: string,
    at: string,
  ): Promise<void> {
    for (const a of assignments) {
      await this.db(ROSTER_SLOTS)
        .insert({
          date: a.date,
          kind: a.kind,
          holder: a.holder,
          planned_by: by,
          planned_at: Date.parse(at),
        })
        .onConflict(['date', 'kind'])
        .merge(['holder', 'planned_by', 'planned_at']);
    }
  }

  async addChange(change: NewRosterChange): Promise<RosterChange> {
    const [row]: DbRosterChangeRow[] = await this.db(ROSTER_CHANGES)
      .insert({
        date: change.date,
        kind: change.kind,
        type: change.type,
        starts_at: Date.parse(change.start),
        ends_at: Date.parse(change.end),
        holder: change.holder,
        replacement: change.replacement,
        swap_date: change.swapWith?.date ?? null,
        swap_kind: change.swapWith?.kind ?? null,
        reason: change.reason,
        status: change.status,
        needs_approval: change.needsApproval,
        requested_by: change.requestedBy,
        requested_at: Date.parse(change.requestedAt),
      })
      .returning('*');
    return changeFromRow(row);
  }

  async decide(
    id: string,
    approve: boolean,
    by: string,
    at: string,
    note?: string,
  ): Promise<RosterChange> {
    const updated = await this.db(ROSTER_CHANGES)
      .where({ id, status: 'pending' })
      .update({
        status: approve ? 'approved' : 'rejected',
        decided_by: by,
        decided_at: Date.parse(at),
        decision_note: note ?? null,
      });
    const row: DbRosterChangeRow | undefined = await this.db(ROSTER_CHANGES)
      .where({ id })
      .first();
    if (!row) throw new NotFoundError(`no roster change ${id}`);
    if (!updated)
      throw new ConflictError(`roster change ${id} was already ${row.status}`);
    return changeFromRow(row);
  }
}
