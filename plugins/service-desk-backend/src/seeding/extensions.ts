import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { NewAssessmentEntry } from '../database/AssessmentStore';
import { WriteProvenance } from '../database/batches';
import { CallRecord } from '../database/CallStore';
import { AppealService } from '../appeals/AppealService';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { RosterService } from '../roster/RosterService';

/** The roster as a seeder plans it: through the same rules as the lead's screen. */
export type DeskSeedingRoster = Pick<
  RosterService,
  'view' | 'plan' | 'requestChange'
>;

/**
 * What a seeder may write with: the desk's own stores and services, so seeded data passes every
 * check real data does. Tickets and calls are written in batches attributed to `by`.
 */
export interface DeskSeeding {
  /** `serviceDesk.timeZone`. */
  readonly timeZone: string;
  readonly roster: DeskSeedingRoster;
  countTickets(): Promise<number>;
  /**
   * Imports tickets with their history, as POST /import does: refuses all on one bad record,
   * skips the external ids it has. Returns how many were imported and skipped.
   */
  importTickets(
    records: unknown[],
    by: WriteProvenance,
  ): Promise<{ imported: number; skipped: number }>;
  countCalls(): Promise<number>;
  addCalls(
    calls: CallRecord[],
    by: WriteProvenance,
  ): Promise<{ added: number }>;
  addAssessmentEntry(entry: NewAssessmentEntry, at: Date): Promise<void>;
  /** Alerts, as the monitoring system sends them; absent when no sender is configured. */
  readonly alerts?: {
    count(): Promise<number>;
    /** Takes the alert as POST /alerts does; throws what it would answer with. */
    send(body: unknown): Promise<void>;
  };
  /** Sealing periods and appealing deductions, through the lead's and manager's own rules. */
  readonly periods: Pick<PeriodCloseService, 'report' | 'submit' | 'decide'>;
  readonly appeals: Pick<AppealService, 'file'>;
}

/**
 * Fills the desk with data. Run by a scheduled task on one replica at a time, every few seconds
 * for as long as the backend runs, so it must skip what it has written already and may give up
 * for now (the catalog may not have read the entities its tickets are routed by yet).
 */
export interface DeskSeeder {
  seed(seeding: DeskSeeding): Promise<void>;
}

export interface DeskSeedingExtensionPoint {
  addSeeder(seeder: DeskSeeder): void;
}

/**
 * Lets a module of the service-desk plugin seed the desk (the demo data module); the plugin runs
 * the seeders only when `serviceDesk.demoData` is on.
 */
export const deskSeedingExtensionPoint =
  createExtensionPoint<DeskSeedingExtensionPoint>({
    id: 'service-desk.seeding',
  });
