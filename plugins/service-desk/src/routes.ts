import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The desk page; the ticket screen and the new-ticket form live below it. A legacy route ref,
 * converted for the new frontend system in alpha.tsx, so both app systems can link to it.
 */
export const rootRouteRef = createRouteRef({ id: 'service-desk' });

/** Paths below the desk page. */
export const deskPaths = {
  newTicket: 'new',
  mine: 'mine',
  roster: 'roster',
  ticket: (id: string) => `tickets/${encodeURIComponent(id)}`,
};
