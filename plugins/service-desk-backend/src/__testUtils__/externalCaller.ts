import { mockCredentials } from '@backstage/backend-test-utils';

/**
 * The Authorization header of a system outside Backstage calling the desk with its service
 * token, as `subject` (`external:telephone-system`, `external:monitoring`): what
 * serviceDesk.calls.writers and serviceDesk.alerts.senders name.
 */
export function externalCaller(subject: string): string {
  return mockCredentials.service.header({
    targetPluginId: 'service-desk',
    onBehalfOf: mockCredentials.service(subject),
  });
}
