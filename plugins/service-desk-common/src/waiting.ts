import { Actor, DESK_STAFF, LifecycleTicket } from './lifecycle';
import { TicketState } from './types';

/**
 * Who the next step of a ticket waits on, read off the lifecycle's rules (lifecycle.ts): the
 * ticket's PM, its assigned handler, the desk (any desk staff) or the desk lead.
 */
export type WaitingParty = 'pm' | 'assignee' | 'desk' | 'lead';

/** One row of {@link WAITING_RULES}: in `state` (and, when given, with `pmInvolved`), `party` acts. */
export interface WaitingRule {
  state: TicketState;
  pmInvolved?: boolean;
  party: WaitingParty;
}

/**
 * "Waiting on" as data, so the TypeScript rule ({@link waitingOn}) and the SQL list filter
 * (`waitingOn=me`) are both read from this one table and cannot drift apart:
 * - new: the desk dispatches or resolves it;
 * - with_pm (dispatched, or returned by the handler): the PM assigns or rejects it;
 * - with_engineer / with_tech_support: the assigned handler resolves or returns it;
 * - resolved: the PM confirms completion when a PM handled it, otherwise the desk confirms;
 * - pm_confirmed: the desk confirms;
 * - awaiting_callback: the lead calls back and closes;
 * - closed: nobody.
 */
export const WAITING_RULES: readonly WaitingRule[] = [
  { state: 'new', party: 'desk' },
  { state: 'with_pm', party: 'pm' },
  { state: 'with_engineer', party: 'assignee' },
  { state: 'with_tech_support', party: 'assignee' },
  { state: 'resolved', pmInvolved: true, party: 'pm' },
  { state: 'resolved', pmInvolved: false, party: 'desk' },
  { state: 'pm_confirmed', party: 'desk' },
  { state: 'awaiting_callback', party: 'lead' },
];

/** The ticket's waiting party, with the person when it is one (the PM or the handler). */
export interface WaitingOn {
  party: WaitingParty;
  userRef?: string;
}

type WaitingTicket = Pick<
  LifecycleTicket,
  'state' | 'pmInvolved' | 'projectManagerRef' | 'assigneeRef'
>;

/** Who the ticket waits on now; undefined once it is closed. */
export function waitingOn(ticket: WaitingTicket): WaitingOn | undefined {
  const rule = WAITING_RULES.find(
    r =>
      r.state === ticket.state &&
      (r.pmInvolved === undefined || r.pmInvolved === ticket.pmInvolved),
  );
  if (!rule) return undefined;
  switch (rule.party) {
    case 'pm':
      return { party: 'pm', userRef: ticket.projectManagerRef };
    case 'assignee':
      return { party: 'assignee', userRef: ticket.assigneeRef };
    default:
      return { party: rule.party };
  }
}

/** Whether the actor is the desk or the lead (parties held by role, not by person). */
export function holdsPartyRole(party: 'desk' | 'lead', actor: Actor): boolean {
  return party === 'lead'
    ? actor.roles.has('lead')
    : DESK_STAFF.some(r => actor.roles.has(r));
}

/** Whether the ticket waits on this actor ("Mine"). */
export function isWaitingOn(ticket: WaitingTicket, actor: Actor): boolean {
  const w = waitingOn(ticket);
  if (!w) return false;
  if (w.party === 'pm' || w.party === 'assignee') {
    return !!w.userRef && w.userRef === actor.userRef;
  }
  return holdsPartyRole(w.party, actor);
}
