import { createApp } from '@backstage/frontend-defaults';
import homePlugin from '@backstage/plugin-home/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import serviceDeskPlugin from '@internal/plugin-service-desk/alpha';
import scorecardPlugin from '@internal/plugin-scorecard/alpha';
import { catalogWithTranslatedTabs } from './modules/catalog/translatedEntityTabs';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';
import { notificationSettingsModule } from './modules/notificationSettings';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogWithTranslatedTabs,
    homePlugin,
    orgPlugin,
    notificationsPlugin,
    signalsPlugin,
    userSettingsPlugin,
    serviceDeskPlugin,
    scorecardPlugin,
    homeModule,
    navModule,
    notificationSettingsModule,
    signInModule,
  ],
});
