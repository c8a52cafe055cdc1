import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { scorecardApiRef } from './api/ScorecardApi';
import { ScorecardClient } from './api/ScorecardClient';
import { rootRouteRef } from './routes';

/** The scorecard for apps on the legacy frontend system. */
export const scorecardPlugin = createPlugin({
  id: 'scorecard',
  apis: [
    createApiFactory({
      api: scorecardApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ScorecardClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The scorecard page (mount it at /scorecard). */
export const ScorecardPage = scorecardPlugin.provide(
  createRoutableExtension({
    name: 'ScorecardPage',
    component: () =>
      import('./components/ScorecardPage').then(m => m.ScorecardPage),
    mountPoint: rootRouteRef,
  }),
);

/** The Scorecard tab content for a group's page; show it where `isScorecardAvailable`. */
export const EntityScorecardContent = scorecardPlugin.provide(
  createComponentExtension({
    name: 'EntityScorecardContent',
    component: {
      lazy: () =>
        import('./components/EntityScorecardContent').then(
          m => m.EntityScorecardContent,
        ),
    },
  }),
);
