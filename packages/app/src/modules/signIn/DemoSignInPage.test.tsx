import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DemoSignInPage } from './DemoSignInPage';
import { DEMO_USER_STORAGE_KEY } from './demoUserStorage';

const session = (userEntityRef: string) => ({
  profile: {},
  backstageIdentity: {
    token: `h.${btoa('{}')}.s`,
    identity: {
      type: 'user',
      userEntityRef,
      ownershipEntityRefs: [userEntityRef],
    },
  },
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('DemoSignInPage', () => {
  const fetchMock = jest.fn();
  const demoUserOf = (call: unknown[]) =>
    new Headers((call[1] as RequestInit).headers).get(
      'x-service-desk-demo-user',
    );

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    global.fetch = fetchMock;
  });

  it('signs in as the picked user, remembers them, and forgets them on sign-out', async () => {
    fetchMock.mockResolvedValue(json(200, session('user:default/li.na')));
    const onSignInSuccess = jest.fn();
    renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);

    expect(screen.getByText('演示登录 Demo sign-in')).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /Wang Fang — 客服中心组长 desk lead/,
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Li Na/ }));

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toMatch(
      /\/api\/auth\/serviceDeskDemo\/refresh$/,
    );
    expect(demoUserOf(fetchMock.mock.calls[0])).toBe('user:default/li.na');
    expect(localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBe(
      'user:default/li.na',
    );

    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/li.na',
    });
    await identity.signOut();
    expect(localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBeNull();
  });

  it('signs in straight away as the user chosen before', async () => {
    localStorage.setItem(DEMO_USER_STORAGE_KEY, 'user:default/xu.jing');
    fetchMock.mockResolvedValue(json(200, session('user:default/xu.jing')));
    const onSignInSuccess = jest.fn();
    renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(demoUserOf(fetchMock.mock.calls[0])).toBe('user:default/xu.jing');
    expect(
      screen.queryByRole('button', { name: /Li Na/ }),
    ).not.toBeInTheDocument();
  });

  it('shows the picker again with the reason when sign-in fails', async () => {
    localStorage.setItem(DEMO_USER_STORAGE_KEY, 'user:default/li.na');
    fetchMock.mockResolvedValueOnce(
      json(404, {
        error: {
          name: 'NotFoundError',
          message: 'The catalog has no user user:default/li.na (yet)',
        },
        response: { statusCode: 404 },
      }),
    );
    fetchMock.mockResolvedValueOnce(json(200, session('user:default/li.na')));
    const onSignInSuccess = jest.fn();
    renderInTestApp(<DemoSignInPage onSignInSuccess={onSignInSuccess} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '登录失败 Sign-in failed: The catalog has no user user:default/li.na (yet)',
    );
    await userEvent.click(screen.getByRole('button', { name: /Li Na/ }));
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
  });
});
