import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { TicketStore } from '../database/TicketStore';
import { TicketService } from '../tickets/TicketService';
import { demoTickets } from './demoTickets';
import { demoAssessmentEntries, demoCalls } from './demoOperations';
import { CallStore } from '../database/CallStore';
import { WriteProvenance } from '../database/batches';

/** The demo loader writes its tickets and calls itself, through the demo door. */
const DEMO: WriteProvenance = {
  principal: 'plugin:service-desk',
  door: 'demo',
};
import { AssessmentStore } from '../database/AssessmentStore';
import { RosterService } from '../roster/RosterService';
import { loadDemoRoster } from './demoRoster';

/**
 * Loads the demo tickets, calls, assessment items and roster into an empty database. Runs as a scheduled task so that one replica
 * does it, and retries until the catalog has read the demo entities the tickets are routed by.
 */
export async function scheduleDemoData(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  store: TicketStore;
  service: TicketService;
  calls: CallStore;
  entries: AssessmentStore;
  roster: RosterService;
  timeZone: string;
}) {
  const { scheduler, logger, store, service, calls, entries } = options;
  await scheduler.scheduleTask({
    id: 'service-desk-demo-data',
    frequency: { seconds: 15 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 3 },
    fn: async () => {
      const now = new Date();
      if ((await store.countTickets()) === 0) {
        try {
          const result = await service.import(demoTickets(now), DEMO);
          logger.info(`Loaded ${result.imported.length} demo tickets`);
        } catch (e) {
          logger.info(
            `Demo tickets not loaded yet (the catalog may still be reading the demo entities): ${(
              e as Error
            ).message.slice(0, 300)}`,
          );
          return;
        }
      }
      // Calls and assessment items go in once, after the tickets; the calls mark that they have.
      if ((await calls.countCalls()) === 0) {
        for (const entry of demoAssessmentEntries(now))
          await entries.add(entry, now);
        logger.info(
          `Loaded ${
            (await calls.addCalls(demoCalls(now), DEMO)).added
          } demo calls`,
        );
      }
      if (await loadDemoRoster(options.roster, now, options.timeZone))
        logger.info('Planned the demo roster');
    },
  });
}
