import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import HeadsetMicIcon from '@material-ui/icons/HeadsetMic';
import { serviceDeskApiRef } from './api/ServiceDeskApi';
import { ServiceDeskClient } from './api/ServiceDeskClient';
import { isServiceDeskAvailable } from './isServiceDeskAvailable';
import { rootRouteRef as legacyRootRouteRef } from './routes';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';

const rootRouteRef = convertLegacyRouteRef(legacyRootRouteRef);

const api = ApiBlueprint.make({
  params: define =>
    define({
      api: serviceDeskApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ServiceDeskClient(deps),
    }),
});

const deskPage = PageBlueprint.make({
  params: {
    path: '/service-desk',
    title: 'Service desk',
    icon: <HeadsetMicIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/ServiceDeskRouter').then(m => (
        <m.ServiceDeskRouter />
      )),
  },
});

const ticketsTab = EntityContentBlueprint.make({
  name: 'tickets',
  params: {
    path: 'tickets',
    title: 'Tickets',
    filter: isServiceDeskAvailable,
    loader: () =>
      import('./components/EntityTicketsContent').then(m => (
        <m.EntityTicketsContent />
      )),
  },
});

/** The service desk for the new frontend system: desk page, API and the Tickets tab. */
export default createFrontendPlugin({
  pluginId: 'service-desk',
  title: 'Service desk',
  icon: <HeadsetMicIcon />,
  routes: { root: rootRouteRef },
  extensions: [api, deskPage, ticketsTab],
});

export { serviceDeskTranslationRef } from './translation';
