import { useSignal } from '@backstage/plugin-signals-react';
import {
  TICKET_SIGNAL_CHANNEL,
  TicketSignal,
} from '@internal/plugin-service-desk-common';
import { useEffect, useRef } from 'react';

/** Signals closer together than this (an import of many tickets) cause one reload. */
const COALESCE_MS = 300;

/**
 * Calls `onChange` when the backend signals that a ticket changed — any ticket this user may see,
 * or only `ticketId` when given. Without the signals plugin in the app it never fires.
 */
export function useTicketSignal(onChange: () => void, ticketId?: string) {
  const { lastSignal } = useSignal<TicketSignal>(TICKET_SIGNAL_CHANNEL);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (!lastSignal || (ticketId && lastSignal.ticketId !== ticketId))
      return undefined;
    // A newer signal clears this timer, so a burst ends in one call.
    const timer = setTimeout(() => latest.current(), COALESCE_MS);
    return () => clearTimeout(timer);
  }, [lastSignal, ticketId]);
}
