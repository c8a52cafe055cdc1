import {
  ActionInput,
  Ticket,
  TicketAction,
  Transition,
} from '@internal/plugin-service-desk-common';
import { NewEvent, TicketPatch } from '../database/TicketStore';

/** What an action writes: the ticket's new fields, the event, and who now takes part. */
export interface Change {
  patch: TicketPatch;
  event: NewEvent;
  participants: string[];
}

/**
 * Turns a lifecycle decision into the fields, event and participants to write. Shared by live
 * actions and by the import of historical tickets, so both leave the same traces.
 */
export function changeFor(
  ticket: Pick<Ticket, 'state' | 'notifiedAt' | 'handedOverAt' | 'occurredAt'>,
  action: TicketAction,
  transition: Transition,
  input: ActionInput,
  actorRef: string,
  at: string,
): Change {
  const patch: TicketPatch = { state: transition.toState };
  if (transition.assigneeRef !== undefined)
    patch.assigneeRef = transition.assigneeRef;
  if (transition.projectManagerRef)
    patch.projectManagerRef = transition.projectManagerRef;
  if (transition.pmInvolved) patch.pmInvolved = true;
  if (transition.notified && !ticket.notifiedAt) patch.notifiedAt = at;
  if (transition.occurredAt)
    patch.occurredAt = new Date(transition.occurredAt).toISOString();
  if (action === 'dispatch' && !ticket.handedOverAt) patch.handedOverAt = at;
  if (transition.resolution !== undefined) {
    patch.resolution = transition.resolution;
    patch.resolvedAt = at;
  }
  if (transition.callback) {
    patch.satisfaction = transition.callback.rating;
    if (!transition.callback.reopened) patch.callbackAt = at;
  }
  // Only the close itself stamps the time: a correction on a closed ticket keeps it closed as it was.
  if (transition.toState === 'closed' && ticket.state !== 'closed')
    patch.closedAt = at;

  const data = Object.fromEntries(
    Object.entries({
      assigneeRef: transition.assigneeRef ?? undefined,
      projectManagerRef: transition.projectManagerRef,
      reason: input.reason,
      resolution: transition.resolution,
      rating: transition.callback?.rating,
      userConfirmed: input.userConfirmed,
      complaint: input.complaint,
      reopened: transition.callback?.reopened,
      notifiedWhom: transition.notified?.whom,
      // A correction names the value it replaced, so the history shows every change of an input.
      ...(patch.occurredAt
        ? {
            occurredAt: patch.occurredAt,
            previousOccurredAt: ticket.occurredAt ?? null,
          }
        : {}),
    }).filter(([, v]) => v !== undefined),
  );
  return {
    patch,
    event: {
      action,
      actorRef,
      at,
      fromState: ticket.state,
      toState: transition.toState,
      comment: input.comment || undefined,
      data: Object.keys(data).length ? data : undefined,
    },
    participants: [
      actorRef,
      transition.assigneeRef,
      transition.projectManagerRef,
    ].filter((r): r is string => !!r),
  };
}
