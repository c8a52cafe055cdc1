import {
  SubPageBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';

/**
 * A Notifications tab in the user's settings: Backstage's own settings card, where each person
 * turns kinds of notification (topics) off. Version 0.6 of the notifications plugin ships the
 * card but no page that shows it.
 */
export const notificationSettingsModule = createFrontendModule({
  pluginId: 'user-settings',
  extensions: [
    SubPageBlueprint.make({
      name: 'notifications',
      attachTo: { id: 'page:user-settings', input: 'pages' },
      params: {
        path: 'notifications',
        // Sub-page titles are plain strings; the neighbouring tabs of Backstage are English too.
        title: 'Notifications',
        loader: () =>
          import('./NotificationSettings').then(m => (
            <m.NotificationSettings />
          )),
      },
    }),
  ],
});
