import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { serviceDeskApiRef } from './api/ServiceDeskApi';
import { ServiceDeskClient } from './api/ServiceDeskClient';
import { rootRouteRef } from './routes';

/** The service desk for apps on the legacy frontend system. */
export const serviceDeskPlugin = createPlugin({
  id: 'service-desk',
  apis: [
    createApiFactory({
      api: serviceDeskApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ServiceDeskClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The desk page (mount it at /service-desk). */
export const ServiceDeskPage = serviceDeskPlugin.provide(
  createRoutableExtension({
    name: 'ServiceDeskPage',
    component: () =>
      import('./components/ServiceDeskRouter').then(m => m.ServiceDeskRouter),
    mountPoint: rootRouteRef,
  }),
);

/** The Tickets tab content for an entity page; show it where `isServiceDeskAvailable`. */
export const EntityServiceDeskContent = serviceDeskPlugin.provide(
  createComponentExtension({
    name: 'EntityServiceDeskContent',
    component: {
      lazy: () =>
        import('./components/EntityTicketsContent').then(
          m => m.EntityTicketsContent,
        ),
    },
  }),
);
