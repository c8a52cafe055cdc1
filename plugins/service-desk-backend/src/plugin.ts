import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { SlaSweep } from './service/SlaSweep';
import { EmergencyAlerts } from './service/EmergencyAlerts';
import { serviceDeskPermissions } from '@internal/plugin-service-desk-common';
import { readServiceDeskConfig } from './config';
import { AssessmentStore } from './database/AssessmentStore';
import { CallStore } from './database/CallStore';
import { DatabaseTicketStore } from './database/DatabaseTicketStore';
import { scheduleDemoData } from './demo/scheduleDemoData';
import { ticketPermissionRules, ticketResourceRef } from './permissions/rules';
import { ProjectManagerRouter } from './routing/ProjectManagerRouter';
import { createRouter } from './service/router';
import { TicketService } from './service/TicketService';
import { ScorecardService } from './service/ScorecardService';

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
        const scorecards = new ScorecardService(db, entries, config.timeZone, config.ruleSets);
        const calls = new CallStore(db);
        const router = new ProjectManagerRouter(deps.catalog, deps.auth, config);
        const service = new TicketService(store, router, config);

        deps.permissionsRegistry.addResourceType({
          resourceRef: ticketResourceRef,
          permissions: serviceDeskPermissions,
          rules: ticketPermissionRules,
          getResources: async ids =>
            Promise.all(
              ids.map(async id => {
                const ticket = await store.getTicket(id);
                return ticket && { ...ticket, participants: await store.getParticipants(id) };
              }),
            ),
        });
        deps.permissionsRegistry.addPermissions(serviceDeskPermissions);

        deps.httpRouter.use(
          await createRouter({
            service,
            store,
            entries,
            scorecards,
            calls,
            config,
            catalogRouter: router,
            alerts: new EmergencyAlerts(deps.notifications, config, deps.logger),
            httpAuth: deps.httpAuth,
            userInfo: deps.userInfo,
            permissions: deps.permissions,
            permissionsRegistry: deps.permissionsRegistry,
            auditor: deps.auditor,
            roles: config.roles,
          }),
        );

        const sweep = new SlaSweep({
          db,
          ruleSets: config.ruleSets,
          fractions: config.slaWarnings.fractions,
          roles: config.roles,
          notifications: deps.notifications,
          signals: deps.signals,
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
          });
        }
      },
    });
  },
});
