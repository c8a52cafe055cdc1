import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { TicketStore } from '../database/TicketStore';
import { TicketService } from '../service/TicketService';
import { demoTickets } from './demoTickets';

/**
 * Loads the demo tickets into an empty database. Runs as a scheduled task so that one replica
 * does it, and retries until the catalog has read the demo entities the tickets are routed by.
 */
export async function scheduleDemoData(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  store: TicketStore;
  service: TicketService;
}) {
  const { scheduler, logger, store, service } = options;
  await scheduler.scheduleTask({
    id: 'service-desk-demo-data',
    frequency: { seconds: 15 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 3 },
    fn: async () => {
      if ((await store.countTickets()) > 0) return;
      try {
        const result = await service.import(demoTickets(new Date()));
        logger.info(`Loaded ${result.imported.length} demo tickets`);
      } catch (e) {
        logger.info(`Demo tickets not loaded yet (the catalog may still be reading the demo entities): ${(e as Error).message.slice(0, 300)}`);
      }
    },
  });
}
