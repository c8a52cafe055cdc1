import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { readRoleMembership } from '@internal/plugin-service-desk-common';
import { ServiceDeskPermissionPolicy } from './ServiceDeskPermissionPolicy';

/** Installs the service-desk policy in place of allow-all (`backend.add(...)`). */
export const serviceDeskPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'service-desk-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new ServiceDeskPermissionPolicy(readRoleMembership(config)),
        );
      },
    });
  },
});
