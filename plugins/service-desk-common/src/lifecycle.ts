import {
  TICKET_STATES,
  DeskRole,
  DispatchRejectionReason,
  SatisfactionRating,
  TicketEvent,
  TicketState,
} from './types';

/**
 * The ticket lifecycle of SPEC §3 (§5, §6 of the regulation) as a pure state machine: which
 * action may be taken from which state, by whom, and what it changes. The backend applies the
 * result in a transaction; the UI asks the same functions which buttons to show.
 */
export const TICKET_ACTIONS = [
  'dispatch',
  'resolve',
  'assign',
  'assign_tech_support',
  'reject_dispatch',
  'return',
  'confirm_completion',
  'confirm',
  'callback',
  'close',
  'notify',
  'set_occurred_at',
  'comment',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const DESK_STAFF: readonly DeskRole[] = ['agent', 'dutyOfficer', 'lead'];

/** Who is acting, as the backend resolved it from the signed-in user. */
export interface Actor {
  userRef: string;
  roles: ReadonlySet<DeskRole>;
}

/** The part of a ticket the lifecycle decides on. */
export interface LifecycleTicket {
  state: TicketState;
  emergency: boolean;
  assigneeRef?: string;
  projectManagerRef: string;
  pmInvolved: boolean;
  callbackAt?: string;
  notifiedAt?: string;
}

export type ActionInput = {
  comment?: string;
  /** dispatch: a PM other than the routed one (the desk's override). */
  projectManagerRef?: string;
  /** assign / assign_tech_support: who receives the ticket. */
  assigneeRef?: string;
  /** resolve: what was done. */
  resolution?: string;
  /** reject_dispatch. */
  reason?: DispatchRejectionReason;
  /** callback. */
  rating?: SatisfactionRating;
  userConfirmed?: boolean;
  complaint?: boolean;
  /**
   * notify: whom the desk told (PM, engineers, leaders, the customer's dispatchers). On a
   * dispatch or resolve of an emergency it records the desk's notification in the same step.
   */
  notifiedWhom?: string;
  /** set_occurred_at: when the emergency happened, as the desk establishes it. */
  occurredAt?: string;
};

/** What an action changes; `assigneeRef: null` clears the assignee. */
export interface Transition {
  toState: TicketState;
  assigneeRef?: string | null;
  projectManagerRef?: string;
  pmInvolved?: boolean;
  resolution?: string;
  /** The desk recorded that it told these people (§7.3(2)); only the first one stops the clock. */
  notified?: { whom: string };
  /** The desk set or corrected the emergency's occurred-at (an audited correction). */
  occurredAt?: string;
  callback?: { rating: SatisfactionRating; reopened: boolean };
}

export type LifecycleErrorKind = 'conflict' | 'forbidden' | 'invalid';

/** Refusal of an action; `kind` maps to HTTP 409, 403 and 400. */
export class LifecycleError extends Error {
  readonly allowedActions: TicketAction[];

  constructor(
    readonly kind: LifecycleErrorKind,
    message: string,
    allowed: TicketAction[] = [],
  ) {
    super(message);
    this.name = 'LifecycleError';
    this.allowedActions = allowed;
  }
}

type Who = (ticket: LifecycleTicket, actor: Actor) => boolean;

const isDesk: Who = (_t, a) => DESK_STAFF.some(r => a.roles.has(r));
const isLead: Who = (_t, a) => a.roles.has('lead');
const isTicketPm: Who = (t, a) => t.projectManagerRef === a.userRef;
const isAssignee: Who = (t, a) =>
  !!t.assigneeRef && t.assigneeRef === a.userRef;
const anyone: Who = () => true;

interface Rule {
  from: readonly TicketState[];
  who: Who;
  whoText: string;
  /** Extra condition on the ticket, with the reason when it fails. */
  when?: (t: LifecycleTicket) => string | undefined;
}

const HANDLING: readonly TicketState[] = ['with_engineer', 'with_tech_support'];
const NOT_CLOSED: readonly TicketState[] = TICKET_STATES.filter(
  s => s !== 'closed',
);

/** Several rules per action where different people may take it from different states. */
const RULES: Record<TicketAction, Rule[]> = {
  dispatch: [{ from: ['new'], who: isDesk, whoText: 'the desk' }],
  resolve: [
    { from: ['new'], who: isDesk, whoText: 'the desk' },
    { from: HANDLING, who: isAssignee, whoText: 'the assigned handler' },
  ],
  assign: [{ from: ['with_pm'], who: isTicketPm, whoText: "the ticket's PM" }],
  assign_tech_support: [
    { from: ['with_pm'], who: isTicketPm, whoText: "the ticket's PM" },
  ],
  reject_dispatch: [
    { from: ['with_pm'], who: isTicketPm, whoText: "the ticket's PM" },
  ],
  return: [
    { from: HANDLING, who: isAssignee, whoText: 'the assigned handler' },
  ],
  confirm_completion: [
    {
      from: ['resolved'],
      who: isTicketPm,
      whoText: "the ticket's PM",
      when: t =>
        t.pmInvolved
          ? undefined
          : 'no PM handled this ticket; the desk confirms it',
    },
  ],
  confirm: [
    {
      from: ['resolved'],
      who: isDesk,
      whoText: 'the desk',
      when: t =>
        t.pmInvolved ? 'the PM must confirm completion first' : undefined,
    },
    { from: ['pm_confirmed'], who: isDesk, whoText: 'the desk' },
  ],
  callback: [
    { from: ['awaiting_callback'], who: isLead, whoText: 'the desk lead' },
  ],
  close: [
    {
      from: ['awaiting_callback'],
      who: isLead,
      whoText: 'the desk lead',
      when: t =>
        t.callbackAt ? undefined : 'a ticket is closed only after its callback',
    },
  ],
  notify: [
    {
      from: NOT_CLOSED,
      who: isDesk,
      whoText: 'the desk',
      when: t => (t.emergency ? undefined : 'only emergencies are notified'),
    },
  ],
  // Occurred-at starts the response clock the desk is assessed on, so only the desk sets it and
  // every change is an event with its reason; after close too, as a correction managers can see.
  set_occurred_at: [
    {
      from: TICKET_STATES,
      who: isDesk,
      whoText: 'the desk',
      when: t =>
        t.emergency ? undefined : 'only an emergency has an occurred-at',
    },
  ],
  comment: [{ from: NOT_CLOSED, who: anyone, whoText: 'anyone who sees it' }],
};

function applicable(action: TicketAction, ticket: LifecycleTicket) {
  return RULES[action].filter(
    r => r.from.includes(ticket.state) && !r.when?.(ticket),
  );
}

/** Actions this actor may take on the ticket now. */
export function allowedActions(
  ticket: LifecycleTicket,
  actor: Actor,
): TicketAction[] {
  return TICKET_ACTIONS.filter(action =>
    applicable(action, ticket).some(r => r.who(ticket, actor)),
  );
}

/** Actions anyone may take in the ticket's state (named in conflict errors). */
export function actionsInState(ticket: LifecycleTicket): TicketAction[] {
  return TICKET_ACTIONS.filter(action => applicable(action, ticket).length > 0);
}

/**
 * The state and handler a rejected callback sends the ticket back to: the last person who held
 * it before it was resolved (SPEC §3, "back to the last handler").
 */
export function lastHandler(events: Pick<TicketEvent, 'toState' | 'data'>[]): {
  state: TicketState;
  assigneeRef?: string;
} {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.toState === 'with_pm' || HANDLING.includes(e.toState)) {
      const assignee = e.data?.assigneeRef;
      return {
        state: e.toState,
        assigneeRef: typeof assignee === 'string' ? assignee : undefined,
      };
    }
  }
  return { state: 'new' };
}

function required<K extends keyof ActionInput>(
  input: ActionInput,
  key: K,
  action: TicketAction,
): NonNullable<ActionInput[K]> {
  const value = input[key];
  if (value === undefined || value === null || value === '') {
    throw new LifecycleError('invalid', `${action} needs '${key}'`);
  }
  return value as NonNullable<ActionInput[K]>;
}

/**
 * Decides an action. Throws a LifecycleError when the state does not allow it (conflict), the
 * actor may not take it (forbidden) or its input is incomplete (invalid).
 *
 * @param reopenTo - where a rejected callback sends the ticket (from {@link lastHandler}).
 */
export function decide(
  ticket: LifecycleTicket,
  action: TicketAction,
  actor: Actor,
  input: ActionInput,
  reopenTo: { state: TicketState; assigneeRef?: string } = { state: 'new' },
  options: { checkActor?: boolean } = {},
): Transition {
  checkAllowed(ticket, action, actor, options);
  return transitionOf(ticket, action, input, reopenTo);
}

/** Refuses an action the state, the ticket's conditions or the actor's roles do not allow. */
function checkAllowed(
  ticket: LifecycleTicket,
  action: TicketAction,
  actor: Actor,
  options: { checkActor?: boolean },
) {
  const rules = RULES[action];
  const inState = rules.filter(r => r.from.includes(ticket.state));
  if (inState.length === 0) {
    throw new LifecycleError(
      'conflict',
      `cannot ${action} a ticket that is ${ticket.state}`,
      allowedOrInState(ticket, actor),
    );
  }
  const blocked = inState.map(r => r.when?.(ticket)).filter(Boolean);
  const ready = inState.filter(r => !r.when?.(ticket));
  if (ready.length === 0) {
    throw new LifecycleError(
      'conflict',
      `cannot ${action} now: ${blocked.join('; ')}`,
      allowedOrInState(ticket, actor),
    );
  }
  // Imported history was authorised by the old platform; its actors need no role here.
  if (options.checkActor !== false && !ready.some(r => r.who(ticket, actor))) {
    throw new LifecycleError(
      'forbidden',
      `only ${ready
        .map(r => r.whoText)
        .join(' or ')} may ${action} this ticket`,
    );
  }
}

/** What an allowed action changes, once its input is complete. */
function transitionOf(
  ticket: LifecycleTicket,
  action: TicketAction,
  input: ActionInput,
  reopenTo: { state: TicketState; assigneeRef?: string },
): Transition {
  switch (action) {
    case 'dispatch': {
      const pm = input.projectManagerRef ?? ticket.projectManagerRef;
      return {
        toState: 'with_pm',
        assigneeRef: pm,
        projectManagerRef: pm,
        pmInvolved: true,
        notified: notifiedAlongside(ticket, action, input),
      };
    }
    case 'resolve':
      return {
        toState: 'resolved',
        assigneeRef: null,
        resolution: required(input, 'resolution', action),
        notified: notifiedAlongside(ticket, action, input),
      };
    case 'assign':
      return {
        toState: 'with_engineer',
        assigneeRef: required(input, 'assigneeRef', action),
      };
    case 'assign_tech_support':
      return {
        toState: 'with_tech_support',
        assigneeRef: required(input, 'assigneeRef', action),
      };
    case 'reject_dispatch':
      required(input, 'reason', action);
      required(input, 'comment', action);
      return { toState: 'new', assigneeRef: null };
    case 'return':
      required(input, 'comment', action);
      return { toState: 'with_pm', assigneeRef: ticket.projectManagerRef };
    case 'confirm_completion':
      return { toState: 'pm_confirmed' };
    case 'confirm':
      return { toState: 'awaiting_callback' };
    case 'callback':
      return callbackTransition(input, reopenTo);
    case 'close':
      return { toState: 'closed' };
    case 'notify':
      return {
        toState: ticket.state,
        notified: { whom: required(input, 'notifiedWhom', action) },
      };
    case 'set_occurred_at':
      required(input, 'comment', action);
      return {
        toState: ticket.state,
        occurredAt: required(input, 'occurredAt', action),
      };
    case 'comment':
      required(input, 'comment', action);
      return { toState: ticket.state };
    default:
      throw new LifecycleError('invalid', `unknown action ${String(action)}`);
  }
}

/** A callback the user is not content with reopens the ticket (SPEC §3). */
function callbackTransition(
  input: ActionInput,
  reopenTo: { state: TicketState; assigneeRef?: string },
): Transition {
  const rating = required(input, 'rating', 'callback');
  if (input.userConfirmed === undefined) {
    throw new LifecycleError('invalid', `callback needs 'userConfirmed'`);
  }
  const reopened =
    !input.userConfirmed || rating === 'unsatisfied' || !!input.complaint;
  if (!reopened) {
    return { toState: 'awaiting_callback', callback: { rating, reopened } };
  }
  return {
    toState: reopenTo.state,
    assigneeRef: reopenTo.assigneeRef ?? null,
    callback: { rating, reopened },
  };
}

/**
 * A dispatch or resolve records the desk's notification only when the desk says whom it told
 * (§7.3(2): handing the ticket over is not telling the people concerned).
 */
function notifiedAlongside(
  ticket: LifecycleTicket,
  action: TicketAction,
  input: ActionInput,
): Transition['notified'] {
  if (input.notifiedWhom === undefined || input.notifiedWhom === '') {
    return undefined;
  }
  if (!ticket.emergency) {
    throw new LifecycleError(
      'invalid',
      `${action}: 'notifiedWhom' is only recorded for emergencies`,
    );
  }
  return { whom: input.notifiedWhom };
}

function allowedOrInState(ticket: LifecycleTicket, actor: Actor) {
  const mine = allowedActions(ticket, actor).filter(a => a !== 'comment');
  return mine.length
    ? mine
    : actionsInState(ticket).filter(a => a !== 'comment');
}
