import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { deskSeedingExtensionPoint } from '@internal/plugin-service-desk-backend/alpha';
import { demoSeeder } from './demoSeeder';

/** Seeds a development portal's desk with the demo data when `serviceDesk.demoData` is on. */
export const serviceDeskDemoDataModule = createBackendModule({
  pluginId: 'service-desk',
  moduleId: 'demo-data',
  register(reg) {
    reg.registerInit({
      deps: { seeding: deskSeedingExtensionPoint, logger: coreServices.logger },
      async init({ seeding, logger }) {
        seeding.addSeeder(demoSeeder(logger));
      },
    });
  },
});
