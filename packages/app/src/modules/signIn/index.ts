import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { oidcAuthApi } from './oidcAuthApi';

export { oidcAuthApiRef } from './oidcAuthApi';

/**
 * Replaces the app's default guest sign-in page: single sign-on through the backend's `oidc`
 * provider, or the demo user picker in development (see ServiceDeskSignInPage).
 */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    oidcAuthApi,
    SignInPageBlueprint.make({
      params: {
        loader: async () =>
          (await import('./ServiceDeskSignInPage')).ServiceDeskSignInPage,
      },
    }),
  ],
});
