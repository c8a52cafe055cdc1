import { lazy, Suspense } from 'react';
import { Progress, SignInPage } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { OIDC_PROVIDER_TITLE, oidcAuthApiRef } from './oidcAuthApi';

// A production build leaves the demo picker out of the bundle altogether: the constant condition
// lets webpack drop the import, so no config can bring it back.
const DemoSignInPage =
  process.env.NODE_ENV === 'production'
    ? undefined
    : lazy(() =>
        import('./DemoSignInPage').then(m => ({ default: m.DemoSignInPage })),
      );

/**
 * The deployment's single sign-on (OpenID Connect), or the demo user picker when a development
 * build runs against auth.environment development: the only case in which the backend's demo
 * provider signs anyone in.
 */
export function ServiceDeskSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  if (
    DemoSignInPage &&
    config.getOptionalString('auth.environment') === 'development'
  ) {
    return (
      <Suspense fallback={<Progress />}>
        <DemoSignInPage {...props} />
      </Suspense>
    );
  }
  return (
    // Not `auto`: it opens the provider's window on page load, without a click, which browsers
    // block; the person's own click then joins that pending sign-in and opens nothing.
    <SignInPage
      {...props}
      provider={{
        id: 'oidc',
        title: OIDC_PROVIDER_TITLE,
        message: '使用单位账号登录 Sign in with your organisation account',
        apiRef: oidcAuthApiRef,
      }}
    />
  );
}
