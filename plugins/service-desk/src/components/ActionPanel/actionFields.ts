import {
  Ticket,
  TicketAction,
  deskTimeToUtc,
  utcToDeskTime,
} from '@internal/plugin-service-desk-common';

export type ActionFields = {
  comment?: string;
  projectManagerRef?: string;
  assigneeRef?: string;
  resolution?: string;
  reason?: string;
  rating?: string;
  userConfirmed?: boolean;
  complaint?: boolean;
  notifiedWhom?: string;
  /** set_occurred_at: yyyy-MM-dd HH:mm in the desk's zone, sent as an ISO instant. */
  occurredAt?: string;
};

/** What each action asks for; everything else it needs is on the ticket already. */
const NEEDS: Record<TicketAction, Array<keyof ActionFields>> = {
  dispatch: ['projectManagerRef', 'notifiedWhom', 'comment'],
  resolve: ['resolution', 'notifiedWhom', 'comment'],
  assign: ['assigneeRef', 'comment'],
  assign_tech_support: ['assigneeRef', 'comment'],
  reject_dispatch: ['reason', 'comment'],
  return: ['comment'],
  confirm_completion: ['comment'],
  confirm: ['comment'],
  callback: ['rating', 'userConfirmed', 'complaint', 'comment'],
  close: ['comment'],
  notify: ['notifiedWhom', 'comment'],
  set_occurred_at: ['occurredAt', 'comment'],
  comment: ['comment'],
};

const REQUIRED: Partial<Record<TicketAction, Array<keyof ActionFields>>> = {
  resolve: ['resolution'],
  assign: ['assigneeRef'],
  assign_tech_support: ['assigneeRef'],
  reject_dispatch: ['reason', 'comment'],
  return: ['comment'],
  callback: ['rating'],
  set_occurred_at: ['occurredAt', 'comment'],
  comment: ['comment'],
};

/** A dispatch or resolve of an emergency may record the desk's notification in the same step. */
const NOTIFY_ALONGSIDE: readonly TicketAction[] = ['dispatch', 'resolve'];

/** Whether the action may record, in the same step, that the desk told someone of the emergency. */
export function mayNotifyAlongside(ticket: Ticket, action: TicketAction) {
  return (
    NOTIFY_ALONGSIDE.includes(action) && ticket.emergency && !ticket.notifiedAt
  );
}

/**
 * The fields the action asks for now. Whom the desk told is asked on a dispatch or resolve only
 * once it ticks that it told anyone.
 */
export function neededFields(
  ticket: Ticket,
  action: TicketAction,
  toldAlongside: boolean,
) {
  const alongside = NOTIFY_ALONGSIDE.includes(action);
  return NEEDS[action].filter(
    k =>
      k !== 'notifiedWhom' ||
      (alongside
        ? ticket.emergency && !ticket.notifiedAt && toldAlongside
        : true),
  );
}

/** Whether a field the action cannot go without is still empty. */
export function isMissing(
  action: TicketAction,
  needs: Array<keyof ActionFields>,
  fields: ActionFields,
) {
  // Whom the desk told is asked only where it is needed (notify; a ticked dispatch or resolve).
  return [
    ...(REQUIRED[action] ?? []),
    ...needs.filter(k => k === 'notifiedWhom'),
  ].some(k => !fields[k]);
}

/** What the dialog starts with: the ticket's own values where the action changes them. */
export function initialFields(
  ticket: Ticket,
  action: TicketAction,
  timeZone: string,
): ActionFields {
  const knownOccurredAt = ticket.occurredAt ?? ticket.occurredAtClaimed;
  return {
    projectManagerRef:
      action === 'dispatch' ? ticket.projectManagerRef : undefined,
    userConfirmed: action === 'callback' ? true : undefined,
    complaint: action === 'callback' ? false : undefined,
    occurredAt:
      action === 'set_occurred_at' && knownOccurredAt
        ? utcToDeskTime(knownOccurredAt, timeZone)
        : undefined,
  };
}

/** The fields sent: only those asked for and filled, occurred-at as an ISO instant. */
export function chosenFields(
  fields: ActionFields,
  needs: Array<keyof ActionFields>,
  timeZone: string,
): ActionFields {
  const chosen: ActionFields = Object.fromEntries(
    Object.entries(fields).filter(
      ([k, v]) => needs.includes(k as keyof ActionFields) && v !== '',
    ),
  );
  if (chosen.occurredAt) {
    // Unreadable text is sent as typed, so the server refuses it with a 400 naming the field.
    chosen.occurredAt =
      deskTimeToUtc(chosen.occurredAt, timeZone) ?? chosen.occurredAt;
  }
  return chosen;
}
