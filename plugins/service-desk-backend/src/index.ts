/**
 * The service desk backend plugin.
 *
 * @packageDocumentation
 */
export { serviceDeskPlugin as default } from './plugin';
export { serviceDeskPermissionPolicyModule } from './permissions/policyModule';
export { ServiceDeskPermissionPolicy } from './permissions/ServiceDeskPermissionPolicy';
