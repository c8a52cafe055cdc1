import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { oidcAuthApiRef } from './oidcAuthApi';
import { ServiceDeskSignInPage } from './ServiceDeskSignInPage';

describe('ServiceDeskSignInPage', () => {
  const identity = {
    type: 'user' as const,
    userEntityRef: 'user:default/li.na',
    ownershipEntityRefs: [],
  };
  const oidcApi = () => ({
    // Nobody is signed in yet, so the automatic attempt finds no session.
    getBackstageIdentity: jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue({ id: 'li.na', token: 'backstage-token', identity }),
    getProfile: jest.fn().mockResolvedValue({ email: 'li.na@example.com' }),
    signIn: jest.fn(),
    signOut: jest.fn(),
    getIdToken: jest.fn(),
    sessionState$: jest.fn(),
  });

  it('signs in through the OpenID Connect provider outside development, with no demo picker', async () => {
    const api = oidcApi();
    const onSignInSuccess = jest.fn();
    renderInTestApp(
      <ServiceDeskSignInPage onSignInSuccess={onSignInSuccess} />,
      {
        config: {
          app: { title: 'Service desk' },
          auth: { environment: 'production' },
        },
        apis: [[oidcAuthApiRef, api]],
      },
    );

    expect(
      await screen.findByText('单点登录 Single sign-on'),
    ).toBeInTheDocument();
    expect(screen.queryByText('演示登录 Demo sign-in')).not.toBeInTheDocument();
    expect(api.getBackstageIdentity).toHaveBeenCalledWith({ optional: true });

    await userEvent.click(screen.getByRole('button', { name: /sign in/i }));
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(api.getBackstageIdentity).toHaveBeenLastCalledWith({
      instantPopup: true,
    });
    await expect(
      onSignInSuccess.mock.calls[0][0].getBackstageIdentity(),
    ).resolves.toMatchObject({
      userEntityRef: 'user:default/li.na',
    });
  });

  it('offers the demo picker when auth.environment is development', async () => {
    const api = oidcApi();
    renderInTestApp(<ServiceDeskSignInPage onSignInSuccess={jest.fn()} />, {
      config: {
        app: { title: 'Service desk' },
        auth: { environment: 'development' },
      },
      apis: [[oidcAuthApiRef, api]],
    });

    expect(
      await screen.findByText('演示登录 Demo sign-in'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('单点登录 Single sign-on'),
    ).not.toBeInTheDocument();
    expect(api.getBackstageIdentity).not.toHaveBeenCalled();
  });
});
