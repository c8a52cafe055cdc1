/** Ticket kinds: §5 (incident, service request) and §8.2 (consultation, complaint, suggestion). */
export const TICKET_KINDS = [
  'incident',
  'service_request',
  'consultation',
  'complaint',
  'suggestion',
] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** Where a report came from. */
export const TICKET_CHANNELS = [
  'phone',
  'portal',
  'email',
  'monitoring',
] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** Lifecycle states of SPEC §3. */
export const TICKET_STATES = [
  'new',
  'with_pm',
  'with_engineer',
  'with_tech_support',
  'resolved',
  'pm_confirmed',
  'awaiting_callback',
  'closed',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

/** States in which someone is still working on the ticket. */
export const OPEN_STATES: readonly TicketState[] = [
  'new',
  'with_pm',
  'with_engineer',
  'with_tech_support',
];

/** Satisfaction levels of §8.1, best first. */
export const SATISFACTION_RATINGS = [
  'very_satisfied',
  'satisfied',
  'basically_satisfied',
  'unsatisfied',
] as const;
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Why a PM refused a dispatch (§7.3(1), §9): both count as failed dispatches. */
export const DISPATCH_REJECTION_REASONS = ['unclear', 'misrouted'] as const;
export type DispatchRejectionReason =
  (typeof DISPATCH_REJECTION_REASONS)[number];

/** Roles of SPEC §1 that come from catalog group membership. */
export const DESK_ROLES = [
  'agent',
  'dutyOfficer',
  'lead',
  'projectManager',
  'engineer',
  'techSupport',
  'manager',
] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

/** How the responsible PM was found (SPEC §4), in the order the rules are tried. */
export const ROUTING_SOURCES = [
  'entity_annotation',
  'system_annotation',
  'domain_annotation',
  'owner_group',
  'fallback_lead',
] as const;
export type RoutingSource = (typeof ROUTING_SOURCES)[number];

export interface RoutingDecision {
  /** The catalog entity the ticket is about. */
  entityRef: string;
  /** The responsible PM's user entity ref. */
  projectManagerRef: string;
  source: RoutingSource;
  /** The entity whose annotation or owner decided, when not the ticket's own entity. */
  decidedBy?: string;
  /** Set when nothing named a PM and the desk lead receives the ticket. */
  warning?: string;
  /** Members of the entity's owner group, offered to the PM as engineers. */
  engineers: string[];
}

export interface Reporter {
  name: string;
  phone?: string;
  organisation?: string;
  /** A catalog user entity ref, when the reporter is known to the catalog. */
  userRef?: string;
}

export interface Ticket {
  /** Internal numeric id; stable, used in URLs of the API. */
  id: string;
  /** Human-readable id, e.g. SD-202611-00042. */
  displayId: string;
  kind: TicketKind;
  emergency: boolean;
  priority: Priority;
  impact: string;
  urgency: string;
  category: string;
  title: string;
  description: string;
  reporter: Reporter;
  channel: TicketChannel;
  entityRef: string;
  /**
   * When the emergency happened (ISO, UTC), as the desk recorded it: the start of its response
   * clock (SPEC §5). Set by the desk when it opens the ticket, or later through the audited
   * `set_occurred_at` action.
   */
  occurredAt?: string;
  /**
   * The occurred-at a reporter gave when opening an emergency themselves: kept as they claimed
   * it and feeding no figure until the desk confirms it with `set_occurred_at`.
   */
  occurredAtClaimed?: string;
  acceptedAt: string;
  acceptedBy: string;
  state: TicketState;
  assigneeRef?: string;
  projectManagerRef: string;
  routingSource: RoutingSource;
  routingWarning?: string;
  /** True once a PM has received the ticket (decides whether PM confirmation is needed). */
  pmInvolved: boolean;
  /** Time the desk notified the responsible people (emergency response, §7.3). */
  notifiedAt?: string;
  /** First hand-over to a PM (dispatch); stops the timely-handling clock. */
  handedOverAt?: string;
  resolvedAt?: string;
  resolution?: string;
  callbackAt?: string;
  satisfaction?: SatisfactionRating;
  closedAt?: string;
  /** Id in the operations platform the ticket was imported from. */
  externalId?: string;
  /** Optimistic-concurrency version; every action increments it. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TicketEvent {
  id: string;
  ticketId: string;
  /** Position of the event in the ticket's history, from 1. */
  seq: number;
  action: string;
  actorRef: string;
  at: string;
  fromState?: TicketState;
  toState: TicketState;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface TicketWithHistory extends Ticket {
  events: TicketEvent[];
}

export interface TicketPage {
  items: Ticket[];
  /** Opaque cursor for the next page; absent on the last page. */
  nextCursor?: string;
  /** Exact up to 10 000 matches; beyond, an estimate on PostgreSQL. */
  totalCount: number;
  /** `totalCount` is an estimate: show it as one ("about 83 000"). */
  totalCountEstimated?: boolean;
}
