import { createApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { MeApi } from '../api/MeApi';
import { useMe } from './useMe';

const someClientRef = createApiRef<MeApi>({ id: 'plugin.some-desk.api' });

describe('useMe', () => {
  it("asks the calling plugin's own client who is signed in", async () => {
    const api = {
      getMe: jest
        .fn()
        .mockResolvedValue({ userRef: 'user:default/me', roles: ['lead'] }),
    };
    const { result } = renderHook(() => useMe(someClientRef), {
      wrapper: ({ children }) => (
        <TestApiProvider apis={[[someClientRef, api]]}>
          {children}
        </TestApiProvider>
      ),
    });
    await waitFor(() =>
      expect(result.current.value).toEqual({
        userRef: 'user:default/me',
        roles: ['lead'],
      }),
    );
    expect(api.getMe).toHaveBeenCalledTimes(1);
  });
});
