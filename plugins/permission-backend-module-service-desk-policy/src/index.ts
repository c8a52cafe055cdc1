/**
 * The service desk's permission policy, as a module of the permission backend.
 *
 * @packageDocumentation
 */
export { serviceDeskPermissionPolicyModule as default } from './module';
export { serviceDeskPermissionPolicyModule } from './module';
export { ServiceDeskPermissionPolicy } from './ServiceDeskPermissionPolicy';
