import { createBackend } from '@backstage/backend-defaults';
import {
  serviceDeskPermissionPolicyModule,
} from '@internal/plugin-service-desk-backend';
import { serviceDeskDemoSignInModule } from './demoSignIn';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Lets the demo portal sign in as any user of examples/org.yaml (development only).
backend.add(serviceDeskDemoSignInModule);
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-permission-backend'));
// Desk roles from app-config decide who sees and changes tickets; other plugins stay allow-all.
backend.add(serviceDeskPermissionPolicyModule);
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));
backend.add(import('@internal/plugin-service-desk-backend'));

backend.start();
