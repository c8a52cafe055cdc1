/**
 * The service desk frontend: desk page, ticket screen and the Tickets tab of entity pages.
 * The new frontend system imports `@internal/plugin-service-desk/alpha`.
 *
 * @packageDocumentation
 */
export {
  serviceDeskPlugin,
  ServiceDeskPage,
  EntityServiceDeskContent,
} from './plugin';
export { isServiceDeskAvailable } from './isServiceDeskAvailable';
export {
  serviceDeskApiRef,
  type ServiceDeskApi,
  type TicketListQuery,
} from './api/ServiceDeskApi';
export { ServiceDeskClient } from './api/ServiceDeskClient';
export { serviceDeskTranslationRef } from './translation';
