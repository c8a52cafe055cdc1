import { AssessmentEntry } from '@internal/plugin-service-desk-common';

export type NewAssessmentEntry = Omit<
  AssessmentEntry,
  'id' | 'ticketDisplayId' | 'voidedById' | 'recordedAt'
>;

/** Which entries to list: by occurrence time in [from, to) (epoch ms), by id, by kind. */
export interface AssessmentEntryFilter {
  from?: number;
  to?: number;
  ids?: string[];
  kinds?: string[];
}

/**
 * Assessment items no ticket carries (SPEC §7): recorded by managers, never edited; a
 * correction is a new entry that voids an earlier one.
 */
export interface AssessmentStore {
  add(entry: NewAssessmentEntry, at: Date): Promise<AssessmentEntry>;

  /** Entries by occurrence time (or by id), with whether a later one voided them. */
  list(filter: AssessmentEntryFilter): Promise<AssessmentEntry[]>;
}
