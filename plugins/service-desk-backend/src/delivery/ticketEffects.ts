import {
  ActionRequest,
  Actor,
  DeskRole,
  Ticket,
} from '@internal/plugin-service-desk-common';
import { DeskNotifier } from '../notifications/DeskNotifier';
import { TicketSignals } from '../tickets/TicketSignals';
import { OutboxHandler } from './OutboxDelivery';
import { OutboxMessage } from './outbox';

/** A ticket was opened or acted on: the portal refreshes, the next person is told. */
export const TICKET_CHANGED = 'ticket.changed';

interface TicketChanged {
  ticket: Ticket;
  /** Absent for an opening. */
  action?: Pick<ActionRequest, 'action' | 'comment'>;
  actor?: { userRef: string; roles: DeskRole[] };
}

export function ticketOpened(ticket: Ticket): OutboxMessage {
  const payload: TicketChanged = { ticket };
  return { topic: TICKET_CHANGED, payload };
}

export function ticketActed(
  ticket: Ticket,
  request: Pick<ActionRequest, 'action' | 'comment'>,
  actor: Actor,
): OutboxMessage {
  const payload: TicketChanged = {
    ticket,
    action: { action: request.action, comment: request.comment },
    actor: { userRef: actor.userRef, roles: [...actor.roles] },
  };
  return { topic: TICKET_CHANGED, payload };
}

/**
 * The ticket topics' deliveries. A retry repeats the whole delivery: a second signal only
 * reloads a page again, and a notification's scope makes a repeat refresh the same entry.
 */
export function ticketHandlers(deps: {
  signals: Pick<TicketSignals, 'publish'>;
  notifier: Pick<DeskNotifier, 'afterAction' | 'newEmergency'>;
}): Record<string, OutboxHandler> {
  return {
    [TICKET_CHANGED]: async ({ ticket, action, actor }: TicketChanged) => {
      await deps.signals.publish(ticket);
      if (action && actor) {
        await deps.notifier.afterAction(ticket, action, {
          userRef: actor.userRef,
          roles: new Set(actor.roles),
        });
      } else if (ticket.emergency) {
        await deps.notifier.newEmergency(ticket);
      }
    },
  };
}
