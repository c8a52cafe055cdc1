import { AlertService } from './alerts/AlertService';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { serviceDeskPermissions } from '@internal/plugin-service-desk-common';
import { registerServiceDeskActions } from './actions/registerServiceDeskActions';
import { CatalogCache } from './catalog/CatalogCache';
import { catalogNames } from './catalog/personNames';
import { ServiceDeskConfig, readServiceDeskConfig } from './config';
import { ServiceDeskDatabase } from './database/ServiceDeskDatabase';
import { backfillSearchText } from './database/searchTextBackfill';
import { TicketStore } from './database/TicketStore';
import { createRequestContext } from './http/requestContext';
import { createRouter } from './http/router';
import { AppealService } from './appeals/AppealService';
import { AssessmentService } from './assessment/AssessmentService';
import { CallService } from './calls/CallService';
import { ticketPermissionRules, ticketResourceRef } from './permissions/rules';
import { RosterService } from './roster/RosterService';
import { DeskNotifier } from './notifications/DeskNotifier';
import { ProjectManagerRouter } from './routing/ProjectManagerRouter';
import { PeriodCloseService } from './periodClose/PeriodCloseService';
import { refuseChangedSealedRuleSets } from './periodClose/ruleSetGuard';
import { ScorecardService } from './scorecard/ScorecardService';
import { createDeskSeeding, scheduleSeeding } from './seeding/scheduleSeeding';
import { DeskSeeder, deskSeedingExtensionPoint } from './seeding/extensions';
import { SlaSweep } from './sla/SlaSweep';
import { DecisionCache } from './permissions/decisionCache';
import {
  DELIVERY_SWEEP_SECONDS,
  OutboxDelivery,
} from './delivery/OutboxDelivery';
import { ticketHandlers } from './delivery/ticketEffects';
import { TicketAccess } from './tickets/TicketAccess';
import { TicketOperations } from './tickets/TicketOperations';
import { TicketService } from './tickets/TicketService';
import { TicketSignals } from './tickets/TicketSignals';

const serviceDeskDeps = {
  rootConfig: coreServices.rootConfig,
  database: coreServices.database,
  httpRouter: coreServices.httpRouter,
  httpAuth: coreServices.httpAuth,
  userInfo: coreServices.userInfo,
  auth: coreServices.auth,
  permissions: coreServices.permissions,
  permissionsRegistry: coreServices.permissionsRegistry,
  auditor: coreServices.auditor,
  logger: coreServices.logger,
  scheduler: coreServices.scheduler,
  lifecycle: coreServices.lifecycle,
  catalog: catalogServiceRef,
  notifications: notificationService,
  signals: signalsServiceRef,
  actionsRegistry: actionsRegistryServiceRef,
};

/** The services the plugin is given, as its init receives them. */
type ServiceDeskDeps = {
  [K in keyof typeof serviceDeskDeps]: (typeof serviceDeskDeps)[K]['T'];
};

/** Permission rules see a ticket with everyone who took part in it. */
function registerTicketResource(deps: ServiceDeskDeps, store: TicketStore) {
  deps.permissionsRegistry.addResourceType({
    resourceRef: ticketResourceRef,
    permissions: serviceDeskPermissions,
    rules: ticketPermissionRules,
    getResources: async ids =>
      Promise.all(
        ids.map(async id => {
          const ticket = await store.getTicket(id);
          return (
            ticket && {
              ...ticket,
              participants: await store.getParticipants(id),
            }
          );
        }),
      ),
  });
  deps.permissionsRegistry.addPermissions(serviceDeskPermissions);
}

/** The desk's services over its stores; the ticket resource must be registered first. */
async function createServices(
  deps: ServiceDeskDeps,
  config: ServiceDeskConfig,
  stores: ServiceDeskDatabase,
) {
  const db = await deps.database.getClient();
  const store = stores.tickets;
  const router = new ProjectManagerRouter(
    new CatalogCache({
      catalog: deps.catalog,
      auth: deps.auth,
      ttlMs: config.routing.catalogCacheSeconds * 1000,
    }),
    config,
  );
  const service = new TicketService(store, router, config);
  // One cache of permission decisions for the desk's own checks and the ticket checks.
  const decisions = new DecisionCache({
    ttlMs: config.permissions.decisionCacheSeconds * 1000,
    maxEntries: 10_000,
  });
  // One request context (who calls, permission, audit) behind the HTTP API and the actions.
  const context = createRequestContext({
    ...deps,
    roles: config.roles,
    decisions,
  });
  // The notifier asks the roster who is on duty and the roster tells through the notifier: the
  // notifier comes first and reaches the roster only when it sends, after both exist.
  const notifier: DeskNotifier = new DeskNotifier({
    ...deps,
    // eslint-disable-next-line @typescript-eslint/no-use-before-define
    roster: { onDutyAt: at => roster.onDutyAt(at) },
    roles: config.roles,
    language: config.language,
    timeZone: config.timeZone,
  });
  const roster = new RosterService({
    store: stores.roster,
    config,
    catalog: router,
    notices: notifier,
    context,
  });
  const scorecards = new ScorecardService(
    db,
    stores.assessments,
    config.timeZone,
    config.ruleSets,
  );
  const periods = new PeriodCloseService({
    db,
    store: stores.periodClose,
    scorecards,
    context,
    notifier,
    appealDays: config.scorecard.appealDays,
  });
  const appeals = new AppealService({
    store: stores.periodClose,
    periods,
    context,
    notifier,
  });
  const calls = new CallService({
    calls: stores.calls,
    tickets: store,
    scorecards,
    context,
    writers: config.calls.writers,
  });
  const entries = new AssessmentService({
    entries: stores.assessments,
    tickets: store,
    context,
  });
  // One set of ticket operations behind both the HTTP API and the actions registry.
  const signals = new TicketSignals({ ...deps, store, roles: config.roles });
  const delivery = new OutboxDelivery({
    db,
    handlers: ticketHandlers({ signals, notifier }),
    logger: deps.logger,
  });
  const tickets = new TicketOperations({
    service,
    context,
    signals,
    delivery,
    access: new TicketAccess({ ...deps, decisions }),
  });
  const alerts = new AlertService({
    alerts: stores.alerts,
    service,
    tickets: store,
    operations: tickets,
    context,
    delivery,
    config: config.alerts,
  });
  return {
    service,
    alerts,
    roster,
    scorecards,
    periods,
    appeals,
    calls,
    entries,
    context,
    signals,
    notifier,
    delivery,
    tickets,
  };
}

type ServiceDeskServices = Awaited<ReturnType<typeof createServices>>;

async function scheduleSlaSweep(
  deps: ServiceDeskDeps,
  config: ServiceDeskConfig,
  services: ServiceDeskServices,
) {
  const sweep = new SlaSweep({
    db: await deps.database.getClient(),
    ruleSets: config.ruleSets,
    timeZone: config.timeZone,
    fractions: config.slaWarnings.fractions,
    notifier: services.notifier,
    signals: services.signals,
    logger: deps.logger,
  });
  await deps.scheduler.scheduleTask({
    id: 'service-desk-sla-sweep',
    frequency: { seconds: config.slaWarnings.sweepSeconds },
    timeout: { minutes: 5 },
    fn: () => sweep.run().then(() => undefined),
  });
}

/**
 * The closed months' figures read ahead on one replica a tick, so that a manager's first report
 * reads kept rows (`ScorecardService.keepFigures`).
 */
async function scheduleKeptFigures(
  deps: ServiceDeskDeps,
  config: ServiceDeskConfig,
  services: ServiceDeskServices,
) {
  const minutes = config.scorecard.keepFiguresMinutes;
  if (minutes === 0) return;
  await deps.scheduler.scheduleTask({
    id: 'service-desk-kept-figures',
    frequency: { minutes },
    timeout: { minutes: 10 },
    // Not while the backend starts: the first minute belongs to serving.
    initialDelay: { minutes: 1 },
    fn: () => services.scorecards.keepFigures(),
  });
}

/**
 * What a replica's kick did not deliver (it stopped, or a delivery failed and its retry is due)
 * is taken up by the scheduled sweep, on one replica a tick.
 */
async function scheduleDelivery(
  deps: ServiceDeskDeps,
  services: ServiceDeskServices,
) {
  await deps.scheduler.scheduleTask({
    id: 'service-desk-outbox',
    frequency: { seconds: DELIVERY_SWEEP_SECONDS },
    timeout: { minutes: 5 },
    fn: () => services.delivery.drain(),
  });
  deps.lifecycle.addShutdownHook(() => services.delivery.stop());
}

/**
 * Tickets written before the text index existed are found by LIKE alone meanwhile, so filling
 * theirs (minutes at a million) runs beside serving instead of holding up the start.
 */
function fillSearchText(deps: ServiceDeskDeps) {
  deps.database
    .getClient()
    .then(db => backfillSearchText(db))
    .then(
      filled =>
        filled &&
        deps.logger.info(`Indexed the text of ${filled} earlier tickets`),
      error =>
        deps.logger.error(
          `Indexing the text of earlier tickets stopped: ${error}`,
        ),
    );
}

async function serveHttp(deps: ServiceDeskDeps, services: ServiceDeskServices) {
  deps.httpRouter.use(
    await createRouter({
      service: services.service,
      entries: services.entries,
      scorecards: services.scorecards,
      periods: services.periods,
      appeals: services.appeals,
      names: refs => catalogNames(deps, refs),
      calls: services.calls,
      alerts: services.alerts,
      roster: services.roster,
      httpAuth: deps.httpAuth,
      logger: deps.logger,
      tickets: services.tickets,
      context: services.context,
    }),
  );
}

/** The service desk backend plugin: tickets, lifecycle and catalog routing under /api/service-desk. */
export const serviceDeskPlugin = createBackendPlugin({
  pluginId: 'service-desk',
  register(env) {
    const seeders: DeskSeeder[] = [];
    env.registerExtensionPoint(deskSeedingExtensionPoint, {
      addSeeder: seeder => void seeders.push(seeder),
    });
    env.registerInit({
      deps: serviceDeskDeps,
      async init(deps) {
        const config = readServiceDeskConfig(deps.rootConfig);
        const stores = await ServiceDeskDatabase.create({
          database: deps.database,
          idPrefix: config.ticketIdPrefix,
          timeZone: config.timeZone,
        });
        await refuseChangedSealedRuleSets(config.ruleSets, stores.periodClose);
        registerTicketResource(deps, stores.tickets);
        const services = await createServices(deps, config, stores);
        registerServiceDeskActions({
          ...deps,
          tickets: services.tickets,
          context: services.context,
          periods: services.periods,
        });
        await serveHttp(deps, services);
        await scheduleSlaSweep(deps, config, services);
        await scheduleDelivery(deps, services);
        await scheduleKeptFigures(deps, config, services);
        fillSearchText(deps);
        if (config.demoData && seeders.length) {
          await scheduleSeeding({
            scheduler: deps.scheduler,
            seeders,
            seeding: createDeskSeeding({
              store: stores.tickets,
              service: services.service,
              calls: stores.calls,
              entries: stores.assessments,
              roster: services.roster,
              periods: services.periods,
              appeals: services.appeals,
              alerts: services.alerts,
              alertStore: stores.alerts,
              alertSender: config.alerts.senders[0],
              timeZone: config.timeZone,
            }),
          });
        }
      },
    });
  },
});
