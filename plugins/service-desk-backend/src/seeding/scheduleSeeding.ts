import { SchedulerService } from '@backstage/backend-plugin-api';
import { AlertService } from '../alerts/AlertService';
import { AppealService } from '../appeals/AppealService';
import { AlertStore } from '../database/AlertStore';
import { AssessmentStore } from '../database/AssessmentStore';
import { CallStore } from '../database/CallStore';
import { TicketStore } from '../database/TicketStore';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { RosterService } from '../roster/RosterService';
import { TicketService } from '../tickets/TicketService';
import { DeskSeeder, DeskSeeding } from './extensions';

/** The desk's stores and services, narrowed to what a seeder may do. */
export function createDeskSeeding(options: {
  store: TicketStore;
  service: TicketService;
  calls: CallStore;
  entries: AssessmentStore;
  roster: RosterService;
  periods: PeriodCloseService;
  appeals: AppealService;
  alerts: AlertService;
  alertStore: AlertStore;
  /** The first of serviceDesk.alerts.senders: the monitoring system the demo's alerts come from. */
  alertSender?: string;
  timeZone: string;
}): DeskSeeding {
  const { store, service, calls, entries, roster, periods, appeals, timeZone } =
    options;
  const { alertSender } = options;
  return {
    timeZone,
    roster,
    periods,
    appeals,
    countTickets: () => store.countTickets(),
    importTickets: async (records, by) => {
      const { imported, skipped } = await service.import(records, by);
      return { imported: imported.length, skipped: skipped.length };
    },
    countCalls: () => calls.countCalls(),
    addCalls: (records, by) => calls.addCalls(records, by),
    addAssessmentEntry: async (entry, at) => {
      await entries.add(entry, at);
    },
    ...(alertSender && {
      alerts: {
        count: () => options.alertStore.countAlerts(),
        send: async body => {
          await options.alerts.receiveFrom(alertSender, body);
        },
      },
    }),
  };
}

/**
 * Runs the seeders as a scheduled task, so that one replica seeds, and every 15 s, so that a
 * seeder waiting for the catalog to read its entities tries again.
 */
export async function scheduleSeeding(options: {
  scheduler: SchedulerService;
  seeders: DeskSeeder[];
  seeding: DeskSeeding;
}) {
  const { scheduler, seeders, seeding } = options;
  await scheduler.scheduleTask({
    id: 'service-desk-demo-data',
    frequency: { seconds: 15 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 3 },
    fn: async () => {
      for (const seeder of seeders) await seeder.seed(seeding);
    },
  });
}
