import { ApiRef, useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { MeApi } from '../api/MeApi';

/**
 * The signed-in user and their desk roles, as the backend resolves them, through the calling
 * plugin's own client (each plugin is installed, and mocked, on its own).
 */
export function useMe(apiRef: ApiRef<MeApi>) {
  const api = useApi(apiRef);
  return useAsync(() => api.getMe(), [api]);
}
