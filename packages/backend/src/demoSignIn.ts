import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  InputError,
  isError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
  createProxyAuthenticator,
  SignInResolver,
} from '@backstage/plugin-auth-node';

/**
 * Demo sign-in: whoever calls the provider says which demo user to be, so a newcomer or an
 * end-to-end test can act as agent, PM, engineer and lead in turn. Anyone can be anyone, which is
 * why it only works when auth.environment is development, with no config switch to allow it
 * elsewhere, and why src/index.ts installs it only in a development process.
 */
export const DEMO_PROVIDER_ID = 'serviceDeskDemo';
export const DEMO_USER_HEADER = 'x-service-desk-demo-user';

// Demo users live in the default namespace (examples/org.yaml); anything else is a mistake.
const DEMO_USER_REF = /^user:default\/[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;

export type DemoUserResult = { userEntityRef: string };

export function parseDemoUserHeader(
  value: string | string[] | undefined,
): string {
  if (typeof value !== 'string' || !DEMO_USER_REF.test(value)) {
    throw new InputError(
      `The ${DEMO_USER_HEADER} header must name a demo user as user:default/<name>, e.g. user:default/li.na; got ${JSON.stringify(
        value ?? null,
      )}`,
    );
  }
  return value;
}

export function createDemoUserAuthenticator(options: {
  authEnvironment?: string;
}) {
  return createProxyAuthenticator<boolean, DemoUserResult, undefined>({
    async defaultProfileTransform({ userEntityRef }, ctx) {
      const { entity } = await explainingMissingUser(userEntityRef, () =>
        ctx.findCatalogUser({ entityRef: userEntityRef }),
      );
      const profile = (entity.spec?.profile ?? {}) as {
        displayName?: string;
        email?: string;
      };
      return {
        profile: { displayName: profile.displayName, email: profile.email },
      };
    },
    initialize() {
      return options.authEnvironment === 'development';
    },
    async authenticate({ req }, allowed) {
      if (!allowed) {
        throw new NotAllowedError(
          `The ${DEMO_PROVIDER_ID} provider lets anyone sign in as anyone, so it only works when auth.environment is 'development'`,
        );
      }
      return {
        result: {
          userEntityRef: parseDemoUserHeader(req.headers[DEMO_USER_HEADER]),
        },
      };
    },
  });
}

export const signInAsDemoUser: SignInResolver<DemoUserResult> = async (
  { result },
  ctx,
) =>
  explainingMissingUser(result.userEntityRef, () =>
    ctx.signInWithCatalogUser({ entityRef: result.userEntityRef }),
  );

// No fallback to a bare token: without the user's groups it would carry no desk role.
async function explainingMissingUser<T>(
  userEntityRef: string,
  lookup: () => Promise<T>,
) {
  try {
    return await lookup();
  } catch (error) {
    if (isError(error) && error.name === 'NotFoundError') {
      throw new NotFoundError(
        `The catalog has no user ${userEntityRef} (yet); demo users come from examples/org.yaml, which the catalog reads a few seconds after start-up`,
      );
    }
    throw error;
  }
}

export const serviceDeskDemoSignInModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'service-desk-demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        providers.registerProvider({
          providerId: DEMO_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: createDemoUserAuthenticator({
              authEnvironment: config.getOptionalString('auth.environment'),
            }),
            signInResolver: signInAsDemoUser,
          }),
        });
      },
    });
  },
});
