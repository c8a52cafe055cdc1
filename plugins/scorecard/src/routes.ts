import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The scorecard page. A legacy route ref, converted for the new frontend system in alpha.tsx,
 * so both app systems can link to it.
 */
export const rootRouteRef = createRouteRef({ id: 'scorecard' });
