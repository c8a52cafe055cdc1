import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { PluginPageLayout } from '@internal/plugin-service-desk-react';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { ReactNode } from 'react';
import { scorecardApiRef } from './api/ScorecardApi';
import { ScorecardClient } from './api/ScorecardClient';
import { isScorecardAvailable } from './isScorecardAvailable';
import { rootRouteRef as legacyRootRouteRef } from './routes';
import { scorecardTranslationRef } from './translation';

const rootRouteRef = convertLegacyRouteRef(legacyRootRouteRef);

const api = ApiBlueprint.make({
  params: define =>
    define({
      api: scorecardApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ScorecardClient(deps),
    }),
});

/** The scorecard's header, titled in the reader's language (see PluginPageLayout). */
function ScorecardPageLayout(props: { children: ReactNode }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return (
    <PluginPageLayout
      pluginId="scorecard"
      title={t('nav.title')}
      icon={<AssessmentIcon />}
      routeRef={rootRouteRef}
    >
      {props.children}
    </PluginPageLayout>
  );
}

// What the app tree sees; the sidebar (the app's nav) and the header read `nav.title`.
const scorecardPage = PageBlueprint.make({
  params: {
    path: '/scorecard',
    title: 'Scorecard',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    loader: () =>
      import('./components/ScorecardPage').then(m => (
        <ScorecardPageLayout>
          <m.ScorecardPage />
        </ScorecardPageLayout>
      )),
  },
});

const scorecardTab = EntityContentBlueprint.make({
  name: 'scorecard',
  params: {
    path: 'scorecard',
    // What the app tree sees; the portal's entity page names the tab from the translation ref
    // (packages/app/src/modules/catalog), as catalog 2.0.9 takes only this string.
    title: 'Scorecard',
    filter: isScorecardAvailable,
    loader: () =>
      import('./components/EntityScorecardContent').then(m => (
        <m.EntityScorecardContent />
      )),
  },
});

/**
 * This cycle's score and its trend on the home page. The card draws its own frame, so its heading
 * is translated and it renders nothing for those it is not for (see the desk's home cards).
 */
const scoreTrendWidget = HomePageWidgetBlueprint.make({
  name: 'score-trend',
  params: {
    name: 'ScorecardScoreTrend',
    componentProps: {
      Renderer: ({ Content }: { Content: () => JSX.Element }) => <Content />,
    },
    components: () =>
      import('./components/HomeCard').then(m => ({
        Content: () => <m.ScoreTrendCard />,
      })),
  },
});

/**
 * The scorecard for the new frontend system: the page, its API, the Scorecard tab of groups and
 * the managers' home card.
 */
export default createFrontendPlugin({
  pluginId: 'scorecard',
  title: 'Scorecard',
  icon: <AssessmentIcon />,
  routes: { root: rootRouteRef },
  extensions: [api, scorecardPage, scorecardTab, scoreTrendWidget],
});

export { scorecardTranslationRef } from './translation';
