import { DeskRole } from '@internal/plugin-service-desk-common';
import { useMe } from '@internal/plugin-service-desk-react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';

/**
 * Whether the signed-in user holds one of the roles a card is for; undefined while the desk has
 * not answered (the card then shows nothing rather than flash up for the wrong person).
 */
export function useShownTo(roles: readonly DeskRole[]): boolean | undefined {
  const me = useMe(serviceDeskApiRef);
  if (!me.value) return me.error ? false : undefined;
  return me.value.roles.some(r => roles.includes(r));
}
