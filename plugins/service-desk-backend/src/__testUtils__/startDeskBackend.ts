import {
  ServiceFactory,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionBackend from '@backstage/plugin-permission-backend';
import { Knex } from 'knex';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { OUTBOX } from '../database/tables';
import { serviceDeskPlugin } from '../plugin';
import { serviceDeskPermissionPolicyModule } from '@internal/plugin-permission-backend-module-service-desk-policy';
import { demoCatalogEntities, ownershipOf } from './demoCatalog';
import { serviceDeskTestConfig } from './serviceDeskTestConfig';

/**
 * The mock HTTP auth, except that a token a plugin obtained on behalf of a user keeps a service
 * actor, as the real auth service's tokens do. Without it the permission backend takes the
 * plugin's conditional-decision request for a direct user request and refuses it.
 */
const oboAwareMockHttpAuth = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const inner = mockServices.httpAuth({ pluginId: plugin.getId() });

    const prefix = 'Bearer mock-service-token:';
    return {
      issueUserCookie: inner.issueUserCookie.bind(inner),
      async credentials(req: any, options?: any) {
        const header = req.headers.authorization;
        if (typeof header === 'string' && header.startsWith(prefix)) {
          const { obo, target } = JSON.parse(header.slice(prefix.length));
          if (obo && (!target || target === plugin.getId())) {
            return mockCredentials.user(obo, {
              actor: { subject: 'plugin:service-desk' },
            });
          }
        }
        return inner.credentials(req, options);
      },
    } as typeof inner;
  },
});

/**
 * Starts a real Backstage backend with the service desk, the real permission backend and the
 * service-desk policy, the real actions registry (its HTTP endpoints on the plugin), the demo
 * catalog, and the given database. Identities carry the catalog groups of the demo users, as the
 * catalog sign-in resolver would put them there.
 */
export async function startDeskBackend(options: {
  knex: Knex;
  extraConfig?: object;
  /** Extra service factories, e.g. the real scheduler for the replica tests. */
  services?: ServiceFactory[];
}) {
  const entities = demoCatalogEntities();
  const notificationsSent: NotificationSendOptions[] = [];
  const signalsSent: SignalPayload[] = [];
  const backend = await startTestBackend({
    features: [
      serviceDeskPlugin,
      permissionBackend,
      serviceDeskPermissionPolicyModule,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex: options.knex }),
      permissionsServiceFactory,
      permissionsRegistryServiceFactory,
      actionsRegistryServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          serviceDesk: serviceDeskTestConfig(),
          ...options.extraConfig,
        },
      }),
      ...(options.services ?? []),
      oboAwareMockHttpAuth,
      // The notifications backend is not part of these tests: warnings are collected here.
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (n: NotificationSendOptions) =>
            void notificationsSent.push(n),
        }),
      }),
      // Likewise the signals: the events bus behind them is not part of these tests.
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          publish: async (s: SignalPayload<any>) => void signalsSent.push(s),
        }),
      }),
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => ({
          async getUserInfo(credentials) {
            const principal = credentials.principal as {
              userEntityRef: string;
            };
            return {
              userEntityRef: principal.userEntityRef,
              ownershipEntityRefs: ownershipOf(
                entities,
                principal.userEntityRef,
              ),
            };
          },
        }),
      }),
    ],
  });
  return {
    server: backend.server,
    backend,
    entities,
    notificationsSent,
    signalsSent,
    /** Waits until the outbox has delivered what the requests so far queued (delivery/). */
    settled: () => outboxEmptied(options.knex),
  };
}

/** A request's signal and notification are delivered just after its response; tests wait. */
async function outboxEmptied(knex: Knex, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await knex(OUTBOX).count({ n: '*' });
    if (Number(n) === 0) return;
    if (Date.now() > until)
      throw new Error(`the outbox still holds ${n} messages`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
