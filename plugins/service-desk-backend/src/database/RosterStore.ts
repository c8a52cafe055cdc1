import {
  RosterChange,
  RosterSlotRef,
} from '@internal/plugin-service-desk-common';

export interface PlannedSlot extends RosterSlotRef {
  holder: string;
  plannedBy: string;
  plannedAt: string;
}

/** A change as asked for, before any decision. */
export type NewRosterChange = Omit<
  RosterChange,
  'id' | 'decidedBy' | 'decidedAt' | 'decisionNote'
>;

/** The planned roster and its changes. */
export interface RosterStore {
  /**
   * Runs checks and writes as one unit: concurrent planners (on any replica) take turns, so a
   * check never reads a roster another writer is changing.
   */
  exclusive<T>(fn: (tx: RosterStore) => Promise<T>): Promise<T>;

  planned(from: string, to: string): Promise<PlannedSlot[]>;

  /** Changes on the dates from..to, or giving one of those dates' slots in a swap. */
  changes(from: string, to: string): Promise<RosterChange[]>;

  pendingChanges(): Promise<RosterChange[]>;

  savePlan(
    assignments: Array<RosterSlotRef & { holder: string }>,
    by: string,
    at: string,
  ): Promise<void>;

  addChange(change: NewRosterChange): Promise<RosterChange>;

  /** Decides a pending change once; a second decision is a conflict, not an overwrite. */
  decide(
    id: string,
    approve: boolean,
    by: string,
    at: string,
    note?: string,
  ): Promise<RosterChange>;
}
