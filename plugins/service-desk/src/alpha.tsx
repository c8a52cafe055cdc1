import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { PluginPageLayout } from '@internal/plugin-service-desk-react';
import HeadsetMicIcon from '@material-ui/icons/HeadsetMic';
import { ReactNode } from 'react';
import { serviceDeskApiRef } from './api/ServiceDeskApi';
import { ServiceDeskClient } from './api/ServiceDeskClient';
import { isServiceDeskAvailable } from './isServiceDeskAvailable';
import { rootRouteRef as legacyRootRouteRef } from './routes';
import { serviceDeskTranslationRef } from './translation';
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

/** The desk's header, titled in the reader's language (see PluginPageLayout). */
function DeskPageLayout(props: { children: ReactNode }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  return (
    <PluginPageLayout
      pluginId="service-desk"
      title={t('nav.title')}
      icon={<HeadsetMicIcon />}
      routeRef={rootRouteRef}
    >
      {props.children}
    </PluginPageLayout>
  );
}

const deskPage = PageBlueprint.make({
  params: {
    path: '/service-desk',
    // What the app tree sees; the sidebar (the app's nav) and the header read `nav.title`.
    title: 'Service desk',
    icon: <HeadsetMicIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/ServiceDeskRouter').then(m => (
        <DeskPageLayout>
          <m.ServiceDeskRouter />
        </DeskPageLayout>
      )),
  },
});

const ticketsTab = EntityContentBlueprint.make({
  name: 'tickets',
  params: {
    path: 'tickets',
    // What the app tree sees; the portal's entity page names the tab from the translation ref
    // (packages/app/src/modules/catalog), as catalog 2.0.9 takes only this string.
    title: 'Tickets',
    filter: isServiceDeskAvailable,
    loader: () =>
      import('./components/EntityTicketsContent').then(m => (
        <m.EntityTicketsContent />
      )),
  },
});

/** The service card on the overview of every entity the Tickets tab is on. */
const serviceCard = EntityCardBlueprint.make({
  name: 'service',
  params: {
    filter: isServiceDeskAvailable,
    // Beside the About card, where it is seen without scrolling past the dependency tables.
    type: 'info',
    loader: () =>
      import('./components/ServiceCard').then(m => <m.ServiceCard />),
  },
});

/**
 * The home plugin draws a card's frame with its `title` string; these cards draw their own frame
 * (HomeCard) so the heading is translated and a card for another role renders nothing at all
 * (the blueprint's Content must return an element, hence the wrapping arrow functions).
 */
const ownFrame = {
  Renderer: ({ Content }: { Content: () => JSX.Element }) => <Content />,
};

const myQueueWidget = HomePageWidgetBlueprint.make({
  name: 'my-queue',
  params: {
    name: 'ServiceDeskMyQueue',
    componentProps: ownFrame,
    components: () =>
      import('./components/HomeCards').then(m => ({
        Content: () => <m.MyQueueCard />,
      })),
  },
});

const emergenciesWidget = HomePageWidgetBlueprint.make({
  name: 'emergencies',
  params: {
    name: 'ServiceDeskEmergencies',
    componentProps: ownFrame,
    components: () =>
      import('./components/HomeCards').then(m => ({
        Content: () => <m.EmergenciesCard />,
      })),
  },
});

const onDutyWidget = HomePageWidgetBlueprint.make({
  name: 'on-duty',
  params: {
    name: 'ServiceDeskOnDuty',
    componentProps: ownFrame,
    components: () =>
      import('./components/HomeCards').then(m => ({
        Content: () => <m.OnDutyCard />,
      })),
  },
});

/**
 * The service desk for the new frontend system: desk page, API, the Tickets tab, the service
 * card and the home page cards.
 */
export default createFrontendPlugin({
  pluginId: 'service-desk',
  title: 'Service desk',
  icon: <HeadsetMicIcon />,
  routes: { root: rootRouteRef },
  extensions: [
    api,
    deskPage,
    ticketsTab,
    serviceCard,
    myQueueWidget,
    emergenciesWidget,
    onDutyWidget,
  ],
});

export { serviceDeskTranslationRef } from './translation';
