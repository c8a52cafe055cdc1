import {
  Priority,
  RoutingSource,
  SatisfactionRating,
  Ticket,
  TicketChannel,
  TicketEvent,
  TicketKind,
  TicketState,
} from '@internal/plugin-service-desk-common';

/** Table names, in one place for the store and the tests. */
export const TICKETS = 'service_desk_tickets';
export const EVENTS = 'service_desk_ticket_events';
export const PARTICIPANTS = 'service_desk_ticket_participants';
export const COUNTERS = 'service_desk_counters';

/** Times are epoch milliseconds; PostgreSQL returns bigint as a string, SQLite as a number. */
type DbTime = number | string;

export interface DbTicketRow {
  id: number | string;
  display_id: string;
  external_id: string | null;
  kind: string;
  emergency: boolean | number;
  priority: string;
  impact: string;
  urgency: string;
  category: string;
  title: string;
  description: string;
  reporter_name: string;
  reporter_phone: string | null;
  reporter_organisation: string | null;
  reporter_ref: string | null;
  channel: string;
  entity_ref: string;
  occurred_at: DbTime | null;
  occurred_at_claimed: DbTime | null;
  accepted_at: DbTime;
  accepted_by: string;
  state: string;
  assignee_ref: string | null;
  pm_ref: string;
  routing_source: string;
  routing_warning: string | null;
  pm_involved: boolean | number;
  notified_at: DbTime | null;
  handed_over_at: DbTime | null;
  resolved_at: DbTime | null;
  resolution: string | null;
  callback_at: DbTime | null;
  satisfaction: string | null;
  closed_at: DbTime | null;
  version: number;
  created_at: DbTime;
  updated_at: DbTime;
}

export interface DbEventRow {
  id: number | string;
  ticket_id: number | string;
  seq: number;
  action: string;
  actor_ref: string;
  at: DbTime;
  from_state: string | null;
  to_state: string;
  comment: string | null;
  data: string | null;
}

export const toMillis = (iso: string) => Date.parse(iso);
export const toIso = (t: DbTime) => new Date(Number(t)).toISOString();
export const optIso = (t: DbTime | null) => (t === null ? undefined : toIso(t));
const opt = <T>(v: T | null) => (v === null ? undefined : v);
const optMillis = (iso: string | undefined | null) =>
  iso === undefined ? undefined : iso === null ? null : toMillis(iso);

export function ticketFromRow(r: DbTicketRow): Ticket {
  return {
    id: String(r.id),
    displayId: r.display_id,
    externalId: opt(r.external_id),
    kind: r.kind as TicketKind,
    emergency: Boolean(r.emergency),
    priority: r.priority as Priority,
    impact: r.impact,
    urgency: r.urgency,
    category: r.category,
    title: r.title,
    description: r.description,
    reporter: {
      name: r.reporter_name,
      phone: opt(r.reporter_phone),
      organisation: opt(r.reporter_organisation),
      userRef: opt(r.reporter_ref),
    },
    channel: r.channel as TicketChannel,
    entityRef: r.entity_ref,
    occurredAt: optIso(r.occurred_at),
    occurredAtClaimed: optIso(r.occurred_at_claimed),
    acceptedAt: toIso(r.accepted_at),
    acceptedBy: r.accepted_by,
    state: r.state as TicketState,
    assigneeRef: opt(r.assignee_ref),
    projectManagerRef: r.pm_ref,
    routingSource: r.routing_source as RoutingSource,
    routingWarning: opt(r.routing_warning),
    pmInvolved: Boolean(r.pm_involved),
    notifiedAt: optIso(r.notified_at),
    handedOverAt: optIso(r.handed_over_at),
    resolvedAt: optIso(r.resolved_at),
    resolution: opt(r.resolution),
    callbackAt: optIso(r.callback_at),
    satisfaction: opt(r.satisfaction) as SatisfactionRating | undefined,
    closedAt: optIso(r.closed_at),
    version: Number(r.version),
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
  };
}

/** Columns of a new ticket (id, display id, version and stamps are added by the store). */
export function newTicketColumns(
  t: Omit<Ticket, 'id' | 'displayId' | 'version' | 'createdAt' | 'updatedAt'>,
) {
  return {
    external_id: t.externalId ?? null,
    kind: t.kind,
    emergency: t.emergency,
    priority: t.priority,
    impact: t.impact,
    urgency: t.urgency,
    category: t.category,
    title: t.title,
    description: t.description,
    reporter_name: t.reporter.name,
    reporter_phone: t.reporter.phone ?? null,
    reporter_organisation: t.reporter.organisation ?? null,
    reporter_ref: t.reporter.userRef ?? null,
    channel: t.channel,
    entity_ref: t.entityRef,
    occurred_at: optMillis(t.occurredAt) ?? null,
    occurred_at_claimed: optMillis(t.occurredAtClaimed) ?? null,
    accepted_at: toMillis(t.acceptedAt),
    accepted_by: t.acceptedBy,
    ...patchColumns(t),
  };
}

/** Columns for the fields an action may change; absent fields are left alone. */
export function patchColumns(p: {
  state?: TicketState;
  assigneeRef?: string | null;
  projectManagerRef?: string;
  routingSource?: RoutingSource;
  routingWarning?: string;
  pmInvolved?: boolean;
  occurredAt?: string;
  notifiedAt?: string;
  handedOverAt?: string;
  resolvedAt?: string;
  resolution?: string;
  callbackAt?: string;
  satisfaction?: SatisfactionRating;
  closedAt?: string;
}) {
  const cols: Record<string, unknown> = {
    state: p.state,
    assignee_ref: p.assigneeRef,
    pm_ref: p.projectManagerRef,
    routing_source: p.routingSource,
    routing_warning: p.routingWarning,
    pm_involved: p.pmInvolved,
    notified_at: optMillis(p.notifiedAt),
    occurred_at: optMillis(p.occurredAt),
    handed_over_at: optMillis(p.handedOverAt),
    resolved_at: optMillis(p.resolvedAt),
    resolution: p.resolution,
    callback_at: optMillis(p.callbackAt),
    satisfaction: p.satisfaction,
    closed_at: optMillis(p.closedAt),
  };
  return Object.fromEntries(
    Object.entries(cols).filter(([, v]) => v !== undefined),
  );
}

/**
 * An event's row as the store writes it (bench/ writes generated histories with it too): what
 * scorecards count is copied out of `data` into columns SQL can aggregate on every engine.
 */
export function eventColumns(
  ticketId: string | number,
  seq: number,
  e: Omit<TicketEvent, 'id' | 'ticketId' | 'seq'>,
) {
  return {
    ticket_id: ticketId,
    seq,
    action: e.action,
    actor_ref: e.actorRef,
    at: toMillis(e.at),
    from_state: e.fromState ?? null,
    to_state: e.toState,
    comment: e.comment ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
    outcome: (e.data?.rating ?? e.data?.reason ?? null) as string | null,
    complaint: e.data?.complaint === true,
  };
}

export function eventFromRow(r: DbEventRow): TicketEvent {
  return {
    id: String(r.id),
    ticketId: String(r.ticket_id),
    seq: Number(r.seq),
    action: r.action,
    actorRef: r.actor_ref,
    at: toIso(r.at),
    fromState: opt(r.from_state) as TicketState | undefined,
    toState: r.to_state as TicketState,
    comment: opt(r.comment),
    data: r.data ? JSON.parse(r.data) : undefined,
  };
}
