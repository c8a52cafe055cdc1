import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { SlaSweep } from './sla/SlaSweep';
import { EmergencyAlerts } from './tickets/EmergencyAlerts';
import { serviceDeskPermissions } from '@internal/plugin-service-desk-common';
import { readServiceDeskConfig } from './config';
import { AssessmentStore } from './database/AssessmentStore';
import { CallStore } from './database/CallStore';
import { DatabaseTicketStore } from './database/DatabaseTicketStore';
import { scheduleDemoData } from './demo/scheduleDemoData';
import { ticketPermissionRules, ticketResourceRef } from './permissions/rules';
import { ProjectManagerRouter } from './routing/ProjectManagerRouter';
import { createRouter } from './http/router';
import { TicketService } from './tickets/TicketService';
import { ScorecardService } from './scorecard/ScorecardService';
import { RosterService } from './roster/RosterService';
import { RosterStore } from './database/RosterStore';
import { registerServiceDeskActions } from './actions/registerServiceDeskActions';
import { createRequestContext } from './http/requestContext';
import { TicketAccess } from './tickets/TicketAccess';
import { TicketOperations } from './tickets/TicketOperations';
import { TicketSignals } from './tickets/TicketSignals';

/** The service desk backend plugin: tickets, lifecycle and catalog routing under /api/service-desk. */
export const serviceDeskPlugin = createBackendPlugin({
  pluginId: 'service-desk',
  register(env) {
    env.registerInit({
      deps: {
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
        catalog: catalogServiceRef,
        notifications: notificationService,
        signals: signalsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const config = readServiceDeskConfig(deps.rootConfig);
        const store = await DatabaseTicketStore.create({
          database: deps.database,
          idPrefix: config.ticketIdPrefix,
          timeZone: config.timeZone,
        });
        const db = await deps.database.getClient();
        const entries = new AssessmentStore(db);
        const scorecards = new ScorecardService(
          db,
          entries,
          config.timeZone,
          config.ruleSets,
        );
        const calls = new CallStore(db);
        const router = new ProjectManagerRouter(
          deps.catalog,
          deps.auth,
          config,
        );
        const service = new TicketService(store, router, config);
        const roster = new RosterService(
          new RosterStore(db),
          config,
          router,
          deps.notifications,
          deps.logger,
        );

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

        // One set of ticket operations behind both the HTTP API and the actions registry.
        const context = createRequestContext({ ...deps, roles: config.roles });
        const signals = new TicketSignals({
          ...deps,
          store,
          roles: config.roles,
        });
        const tickets = new TicketOperations({
          service,
          context,
          signals,
          access: new TicketAccess({ ...deps, service, store }),
          alerts: new EmergencyAlerts(
            deps.notifications,
            config,
            roster,
            deps.logger,
          ),
        });
        registerServiceDeskActions({ ...deps, tickets, context, scorecards });

        deps.httpRouter.use(
          await createRouter({
            service,
            store,
            entries,
            scorecards,
            calls,
            config,
            catalogRouter: router,
            roster,
            httpAuth: deps.httpAuth,
            logger: deps.logger,
            tickets,
            context,
          }),
        );

        const sweep = new SlaSweep({
          db,
          ruleSets: config.ruleSets,
          fractions: config.slaWarnings.fractions,
          roles: config.roles,
          notifications: deps.notifications,
          signals,
          logger: deps.logger,
        });
        await deps.scheduler.scheduleTask({
          id: 'service-desk-sla-sweep',
          frequency: { seconds: config.slaWarnings.sweepSeconds },
          timeout: { minutes: 5 },
          fn: () => sweep.run().then(() => undefined),
        });

        if (config.demoData) {
          await scheduleDemoData({
            scheduler: deps.scheduler,
            logger: deps.logger,
            store,
            service,
            calls,
            entries,
            roster,
            timeZone: config.timeZone,
          });
        }
      },
    });
  },
});
