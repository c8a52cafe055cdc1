import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { DecisionCache } from '../permissions/decisionCache';
import { createRequestContext } from './requestContext';

const permission = createPermission({
  name: 'service-desk.test.basic',
  attributes: {},
});

describe('createRequestContext().require', () => {
  it('asks the permission backend once per caller and permission while the decision is kept', async () => {
    let now = 0;
    let result: AuthorizeResult = AuthorizeResult.ALLOW;
    const authorize = jest.fn(async () => [{ result }]);
    const context = createRequestContext({
      auth: mockServices.auth(),
      httpAuth: mockServices.httpAuth(),
      userInfo: mockServices.userInfo(),
      auditor: mockServices.auditor.mock(),
      permissions: { ...mockServices.permissions(), authorize } as any,
      roles: {},
      decisions: new DecisionCache({
        ttlMs: 10_000,
        maxEntries: 10,
        now: () => now,
      }),
    });
    const alice = mockCredentials.user('user:default/alice');
    const bob = mockCredentials.user('user:default/bob');

    await context.require(permission, alice, 'no');
    await context.require(permission, alice, 'no');
    expect(authorize).toHaveBeenCalledTimes(1);
    await context.require(permission, bob, 'no');
    expect(authorize).toHaveBeenCalledTimes(2);

    // A policy that now refuses is seen once the kept decision is older than the time set.
    result = AuthorizeResult.DENY;
    now = 9_999;
    await expect(context.require(permission, alice, 'no')).resolves.toBe(
      undefined,
    );
    now = 10_000;
    await expect(context.require(permission, alice, 'no')).rejects.toThrow(
      'no',
    );
    expect(authorize).toHaveBeenCalledTimes(3);
  });
});
