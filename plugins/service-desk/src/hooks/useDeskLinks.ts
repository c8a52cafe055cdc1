import { useRouteRef } from '@backstage/core-plugin-api';
import { deskPaths, rootRouteRef } from '../routes';

/** Links into the desk from anywhere in the app (the entity tab included). */
export function useDeskLinks() {
  const root = useRouteRef(rootRouteRef);
  const base = (root?.() ?? '/service-desk').replace(/\/$/, '');
  return {
    desk: base,
    newTicket: `${base}/${deskPaths.newTicket}`,
    mine: `${base}/${deskPaths.mine}`,
    roster: `${base}/${deskPaths.roster}`,
    ticket: (id: string) => `${base}/${deskPaths.ticket(id)}`,
  };
}
