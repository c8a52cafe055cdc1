import { SlaClockKind } from './sla';
import { TicketState } from './types';

/** The Backstage signals channel on which the backend announces that a ticket changed. */
export const TICKET_SIGNAL_CHANNEL = 'service-desk:tickets';

/**
 * What a ticket signal carries: enough for an open page to decide whether to reload, and nothing
 * the ticket list does not already show (the reload then goes through the permission checks).
 */
export type TicketSignal = {
  ticketId: string;
  displayId: string;
  state: TicketState;
  version: number;
  /** Set when the SLA sweep warned about a clock; `level` is a percentage or 'breach'. */
  sla?: SlaClockKind;
  level?: string;
};
