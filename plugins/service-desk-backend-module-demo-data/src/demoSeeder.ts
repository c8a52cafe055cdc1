import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DeskSeeder,
  WriteProvenance,
} from '@internal/plugin-service-desk-backend/alpha';
import { loadDemoAlerts } from './demoAlerts';
import { demoAssessmentEntries, demoCalls } from './demoOperations';
import { loadDemoPeriodClose } from './demoPeriodClose';
import { loadDemoRoster } from './demoRoster';
import { demoTickets } from './demoTickets';

/** The demo loader writes its tickets and calls itself, through the demo door. */
const DEMO: WriteProvenance = {
  principal: 'plugin:service-desk',
  door: 'demo',
};

/**
 * Loads the demo tickets, calls, assessment items, roster, a sealed cycle and an outage's alerts into an empty
 * database. The plugin runs it again every few seconds, so it waits until the catalog has read
 * the demo entities the tickets are routed by, and writes each kind of data once.
 */
export function demoSeeder(logger: LoggerService): DeskSeeder {
  return {
    async seed(seeding) {
      const now = new Date();
      if ((await seeding.countTickets()) === 0) {
        try {
          const result = await seeding.importTickets(demoTickets(now), DEMO);
          logger.info(`Loaded ${result.imported} demo tickets`);
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
      if ((await seeding.countCalls()) === 0) {
        for (const entry of demoAssessmentEntries(now))
          await seeding.addAssessmentEntry(entry, now);
        logger.info(
          `Loaded ${
            (await seeding.addCalls(demoCalls(now), DEMO)).added
          } demo calls`,
        );
      }
      if (await loadDemoRoster(seeding.roster, now, seeding.timeZone))
        logger.info('Planned the demo roster');
      if (await loadDemoPeriodClose(seeding, now))
        logger.info('Sealed the last ended cycle and appealed a deduction');
      if (seeding.alerts && (await loadDemoAlerts(seeding.alerts, now)))
        logger.info('Sent the demo alerts from monitoring');
    },
  };
}
