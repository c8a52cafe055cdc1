import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { SidebarContent } from './SidebarContent';

/** The app's sidebar, with the pages named in the reader's language (see SidebarContent). */
export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    NavContentBlueprint.make({ params: { component: SidebarContent } }),
  ],
});
