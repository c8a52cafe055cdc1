/**
 * What the service desk's web plugins (the desk screens and the scorecard) share: the HTTP core
 * of their clients, the signed-in user's desk roles and the desk's date-time field.
 *
 * @packageDocumentation
 */
export {
  ServiceDeskHttpClient,
  type JsonRequest,
} from './api/ServiceDeskHttpClient';
export type { Me, MeApi } from './api/MeApi';
export { useMe } from './hooks/useMe';
export * from './components/DeskDateTimeField';
export * from './components/PluginPageLayout';
export { serviceDeskReactTranslationRef } from './translation';
