import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageLayoutBlueprint } from '@backstage/plugin-home-react/alpha';

/** The home page's layout (see HomeLayout); the cards come from the plugins that install them. */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [
    HomePageLayoutBlueprint.make({
      params: {
        loader: async () => (await import('./HomeLayout')).HomeLayout,
      },
    }),
  ],
});
