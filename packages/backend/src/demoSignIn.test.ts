import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { AuthResolverContext } from '@backstage/plugin-auth-node';
import {
  createDemoUserAuthenticator,
  DEMO_USER_HEADER,
  parseDemoUserHeader,
  signInAsDemoUser,
} from './demoSignIn';

describe('parseDemoUserHeader', () => {
  it.each([
    'user:default/li.na',
    'user:default/wang.fang',
    'user:default/zhou.xin',
  ])('accepts %s', ref => expect(parseDemoUserHeader(ref)).toBe(ref));

  it.each([
    [undefined],
    [''],
    ['li.na'],
    ['default/li.na'],
    ['group:default/desk-agents'],
    ['user:development/guest'],
    ['user:default/'],
    ['user:default/li.na/x'],
    ['user:default/li na'],
    [['user:default/li.na']],
  ])('refuses %j', value => {
    expect(() => parseDemoUserHeader(value)).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringContaining(DEMO_USER_HEADER),
      }),
    );
  });
});

describe('the demo user authenticator', () => {
  type AuthenticateInput = Parameters<
    ReturnType<typeof createDemoUserAuthenticator>['authenticate']
  >[0];
  const request = (headers: Record<string, string>) =>
    ({ req: { headers } } as unknown as AuthenticateInput);
  const authenticate = (
    authEnvironment: string | undefined,
    providerConfig: object,
    headers: Record<string, string>,
  ) => {
    const authenticator = createDemoUserAuthenticator({ authEnvironment });
    const allowed = authenticator.initialize({
      config: new ConfigReader(providerConfig),
    });
    return authenticator.authenticate(request(headers), allowed);
  };

  it('reads the user from the header in development', async () => {
    await expect(
      authenticate(
        'development',
        {},
        { [DEMO_USER_HEADER]: 'user:default/li.na' },
      ),
    ).resolves.toEqual({
      result: { userEntityRef: 'user:default/li.na' },
    });
  });

  it('refuses a malformed header', async () => {
    await expect(
      authenticate('development', {}, { [DEMO_USER_HEADER]: 'li.na' }),
    ).rejects.toMatchObject({
      name: 'InputError',
    });
    await expect(authenticate('development', {}, {})).rejects.toMatchObject({
      name: 'InputError',
    });
  });

  it.each([['production'], ['test'], [undefined]])(
    'refuses to work when auth.environment is %s',
    async env => {
      await expect(
        authenticate(env, {}, { [DEMO_USER_HEADER]: 'user:default/li.na' }),
      ).rejects.toMatchObject({
        name: 'NotAllowedError',
        message: expect.stringContaining(
          "only works when auth.environment is 'development'",
        ),
      });
    },
  );

  it('has no config switch that allows it outside development', async () => {
    await expect(
      authenticate(
        'production',
        { dangerouslyAllowOutsideDevelopment: true },
        { [DEMO_USER_HEADER]: 'user:default/li.na' },
      ),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it("takes the profile from the user's catalog entity", async () => {
    const ctx = {
      findCatalogUser: jest.fn().mockResolvedValue({
        entity: {
          spec: {
            profile: { displayName: '李娜 Li Na', email: 'li.na@example.com' },
          },
        },
      }),
    } as unknown as AuthResolverContext;
    const transform = createDemoUserAuthenticator({}).defaultProfileTransform;
    await expect(
      transform({ userEntityRef: 'user:default/li.na' }, ctx),
    ).resolves.toEqual({
      profile: { displayName: '李娜 Li Na', email: 'li.na@example.com' },
    });
    expect(ctx.findCatalogUser).toHaveBeenCalledWith({
      entityRef: 'user:default/li.na',
    });
  });
});

describe('signInAsDemoUser', () => {
  const profile = {};

  it('signs in with the catalog user, so the token carries its groups', async () => {
    const signInWithCatalogUser = jest.fn().mockResolvedValue({ token: 't' });
    const ctx = { signInWithCatalogUser } as unknown as AuthResolverContext;
    await expect(
      signInAsDemoUser(
        { profile, result: { userEntityRef: 'user:default/li.na' } },
        ctx,
      ),
    ).resolves.toEqual({
      token: 't',
    });
    expect(signInWithCatalogUser).toHaveBeenCalledWith({
      entityRef: 'user:default/li.na',
    });
  });

  it('fails clearly, without a fallback token, when the catalog lacks the user', async () => {
    const issueToken = jest.fn();
    const ctx = {
      signInWithCatalogUser: jest
        .fn()
        .mockRejectedValue(new NotFoundError('User not found')),
      issueToken,
    } as unknown as AuthResolverContext;
    await expect(
      signInAsDemoUser(
        { profile, result: { userEntityRef: 'user:default/nobody' } },
        ctx,
      ),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining(
        'The catalog has no user user:default/nobody',
      ),
    });
    expect(issueToken).not.toHaveBeenCalled();
  });
});
