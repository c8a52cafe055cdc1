import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { scorecardApiRef } from '../api/ScorecardApi';

/** The signed-in user and their desk roles, as the backend resolves them. */
export function useMe() {
  const api = useApi(scorecardApiRef);
  return useAsync(() => api.getMe(), [api]);
}
