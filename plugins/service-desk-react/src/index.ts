/**
 * What the service desk's web plugins (the desk screens and the scorecard) share: the HTTP core
 * of their clients and the signed-in user's desk roles.
 *
 * @packageDocumentation
 */
export {
  ServiceDeskHttpClient,
  type JsonRequest,
} from './api/ServiceDeskHttpClient';
export type { Me, MeApi } from './api/MeApi';
export { useMe } from './hooks/useMe';
