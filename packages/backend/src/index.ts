import { createBackend } from '@backstage/backend-defaults';
import { serviceDeskDemoSignInModule } from './demoSignIn';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-auth-backend'));
// The deployment's sign-in (auth.providers.oidc, see app-config.production.yaml); a config without
// that section, as in development, leaves it off.
backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));
// Guest (the desk lead without a password) and demo sign-in (anyone as anyone, from a header) must
// not exist in a deployed process whatever its config says, so they are installed only in a
// development process (`npm start` and `backstage-cli package start` set NODE_ENV=development); a
// process started without NODE_ENV gets neither.
if (process.env.NODE_ENV === 'development') {
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  backend.add(serviceDeskDemoSignInModule);
  // The demo tickets, calls and roster of the portal `npm start` opens (serviceDesk.demoData).
  backend.add(import('@internal/plugin-service-desk-backend-module-demo-data'));
}
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@backstage/plugin-permission-backend'));
// Desk roles from app-config decide who sees and changes tickets; other plugins stay allow-all.
backend.add(
  import('@internal/plugin-permission-backend-module-service-desk-policy'),
);
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
// The events bus behind signals and notifications: on PostgreSQL it goes through the database, so
// a ticket changed on one replica reloads the pages whose browsers are connected to another.
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));
backend.add(import('@internal/plugin-service-desk-backend'));

backend.start();
