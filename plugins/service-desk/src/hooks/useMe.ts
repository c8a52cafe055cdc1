import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../api/ServiceDeskApi';

/** The signed-in user and their desk roles, as the backend resolves them. */
export function useMe() {
  const api = useApi(serviceDeskApiRef);
  return useAsync(() => api.getMe(), [api]);
}
