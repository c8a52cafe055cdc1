import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  RosterChange,
  RosterChangeStatus,
  RosterChangeType,
  RosterSlotRef,
  ShiftKind,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';

export const ROSTER_SLOTS = 'service_desk_roster_slots';
export const ROSTER_CHANGES = 'service_desk_roster_changes';

export interface PlannedSlot extends RosterSlotRef {
  holder: string;
  plannedBy: string;
  plannedAt: string;
}

type NewChange = Omit<
  RosterChange,
  'id' | 'decidedBy' | 'decidedAt' | 'decisionNote'
>;

const iso = (t: number | string) => new Date(Number(t)).toISOString();

function changeFromRow(r: Record<string, any>): RosterChange {
  return {
    id: String(r.id),
    date: r.date,
    kind: r.kind as ShiftKind,
    type: r.type as RosterChangeType,
    start: iso(r.starts_at),
    end: iso(r.ends_at),
    holder: r.holder,
    replacement: r.replacement,
    swapWith: r.swap_date
      ? { date: r.swap_date, kind: r.swap_kind as ShiftKind }
      : undefined,
    reason: r.reason,
    status: r.status as RosterChangeStatus,
    needsApproval: Boolean(r.needs_approval),
    requestedBy: r.requested_by,
    requestedAt: iso(r.requested_at),
    decidedBy: r.decided_by ?? undefined,
    decidedAt: r.decided_at === null ? undefined : iso(r.decided_at),
    decisionNote: r.decision_note ?? undefined,
  };
}

/** The planned roster and its changes. */
export class RosterStore {
  constructor(private readonly db: Knex) {}

  /**
   * Runs checks and writes as one unit. On PostgreSQL the table lock makes concurrent planners
   * (on any replica) take turns, so a check never reads a roster another writer is changing;
   * SQLite already runs one write transaction at a time.
   */
  async exclusive<T>(fn: (tx: RosterStore) => Promise<T>): Promise<T> {
    return this.db.transaction(async tx => {
      if (tx.client.config.client === 'pg') {
        await tx.raw(
          `LOCK TABLE ${ROSTER_CHANGES} IN SHARE ROW EXCLUSIVE MODE`,
        );
      }
      return fn(new RosterStore(tx));
    });
  }

  async planned(from: string, to: string): Promise<PlannedSlot[]> {
    const rows = await this.db(ROSTER_SLOTS)
      .whereBetween('date', [from, to])
      .orderBy(['date', 'kind']);
    return rows.map(r => ({
      date: r.date,
      kind: r.kind,
      holder: r.holder,
      plannedBy: r.planned_by,
      plannedAt: iso(r.planned_at),
    }));
  }

  /** Changes on the dates from..to, or giving one of those dates' slots in a swap. */
  async changes(from: string, to: string): Promise<RosterChange[]> {
    const rows = await this.db(ROSTER_CHANGES)
      .whereBetween('date', [from, to])
      .orWhereBetween('swap_date', [from, to])
      .orderBy('id');
    return rows.map(changeFromRow);
  }

  async pendingChanges(): Promise<RosterChange[]> {
    const rows = await this.db(ROSTER_CHANGES)
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

  async addChange(change: NewChange): Promise<RosterChange> {
    const [row] = await this.db(ROSTER_CHANGES)
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

  /** Decides a pending change once; a second decision is a conflict, not an overwrite. */
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
    const row = await this.db(ROSTER_CHANGES).where({ id }).first();
    if (!row) throw new NotFoundError(`no roster change ${id}`);
    if (!updated)
      throw new ConflictError(`roster change ${id} was already ${row.status}`);
    return changeFromRow(row);
  }
}
