import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { scorecardApiRef } from './api/ScorecardApi';
import { ScorecardClient } from './api/ScorecardClient';
import { isScorecardAvailable } from './isScorecardAvailable';
import { rootRouteRef as legacyRootRouteRef } from './routes';

const rootRouteRef = convertLegacyRouteRef(legacyRootRouteRef);

const api = ApiBlueprint.make({
  params: define =>
    define({
      api: scorecardApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ScorecardClient(deps),
    }),
});

// Page and tab titles are plain strings in this Backstage release (the sidebar cannot take a
// translation ref); everything inside the page goes through scorecardTranslationRef.
const scorecardPage = PageBlueprint.make({
  params: {
    path: '/scorecard',
    title: 'Scorecard',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/ScorecardPage').then(m => <m.ScorecardPage />),
  },
});

const scorecardTab = EntityContentBlueprint.make({
  name: 'scorecard',
  params: {
    path: 'scorecard',
    title: 'Scorecard',
    filter: isScorecardAvailable,
    loader: () =>
      import('./components/EntityScorecardContent').then(m => (
        <m.EntityScorecardContent />
      )),
  },
});

/** The scorecard for the new frontend system: the page, its API and the Scorecard tab of groups. */
export default createFrontendPlugin({
  pluginId: 'scorecard',
  title: 'Scorecard',
  icon: <AssessmentIcon />,
  routes: { root: rootRouteRef },
  extensions: [api, scorecardPage, scorecardTab],
});

export { scorecardTranslationRef } from './translation';
