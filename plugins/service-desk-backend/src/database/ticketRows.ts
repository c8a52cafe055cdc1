import {
  Priority,
  RoutingSource,
  SatisfactionRating,
  Ticket,
  TicketChannel,
  TicketEvent,
  TicketKind,
  TicketState,
  textGrams,
} from '@internal/plugin-service-desk-common';
import {
  DbEventRow,
  DbTicketRow,
  DbTime,
  optIso,
  toIso,
  toMillis,
} from './tables';
import { NewEvent, NewTicket, TicketPatch } from './TicketStore';

const opt = <T>(v: T | null) => (v === null ? undefined : v);

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

/** Where a patched field is written, and how its value becomes the column's. */
type PatchColumn<K extends keyof TicketPatch> = {
  column: keyof DbTicketRow;
  toColumn?: (value: Exclude<TicketPatch[K], undefined>) => DbTime;
};

/** Every field of a patch: a field added to `TicketPatch` does not compile until it is here. */
const PATCH_COLUMNS: { [K in keyof Required<TicketPatch>]: PatchColumn<K> } = {
  state: { column: 'state' },
  assigneeRef: { column: 'assignee_ref' },
  projectManagerRef: { column: 'pm_ref' },
  pmInvolved: { column: 'pm_involved' },
  occurredAt: { column: 'occurred_at', toColumn: toMillis },
  notifiedAt: { column: 'notified_at', toColumn: toMillis },
  handedOverAt: { column: 'handed_over_at', toColumn: toMillis },
  resolvedAt: { column: 'resolved_at', toColumn: toMillis },
  resolution: { column: 'resolution' },
  callbackAt: { column: 'callback_at', toColumn: toMillis },
  satisfaction: { column: 'satisfaction' },
  closedAt: { column: 'closed_at', toColumn: toMillis },
};

function patchColumn<K extends keyof TicketPatch>(
  key: K,
  value: Exclude<TicketPatch[K], undefined>,
): [keyof DbTicketRow, unknown] {
  const { column, toColumn } = PATCH_COLUMNS[key];
  return [column, toColumn ? toColumn(value) : value];
}

/** Columns for the fields an action may change; absent fields are left alone. */
export function patchColumns(p: TicketPatch): Partial<DbTicketRow> {
  const keys = Object.keys(PATCH_COLUMNS) as Array<keyof TicketPatch>;
  return Object.fromEntries(
    keys.flatMap(key => {
      const value = p[key];
      // A null assignee is written: it is how a ticket is handed back.
      return value === undefined ? [] : [patchColumn(key, value)];
    }),
  );
}

/** Columns of a new ticket (id, display id, version and stamps are added by the store). */
export function newTicketColumns(t: NewTicket): Partial<DbTicketRow> {
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
    occurred_at: t.occurredAt === undefined ? null : toMillis(t.occurredAt),
    occurred_at_claimed:
      t.occurredAtClaimed === undefined ? null : toMillis(t.occurredAtClaimed),
    accepted_at: toMillis(t.acceptedAt),
    accepted_by: t.acceptedBy,
    routing_source: t.routingSource,
    routing_warning: t.routingWarning ?? null,
    ...patchColumns(t),
  };
}

/**
 * A ticket's display id and, beside it, its `search_text`: the grams of what the list's text
 * search looks in (title, description, display id), separated by the spaces PostgreSQL's index
 * splits them on. Written together because the store assigns the display id after
 * `newTicketColumns`, and the grams must hold it.
 */
export function displayIdColumns(
  t: Pick<NewTicket, 'title' | 'description'>,
  displayId: string,
): Pick<DbTicketRow, 'display_id' | 'search_text'> {
  return {
    display_id: displayId,
    search_text: ticketSearchText(t.title, t.description, displayId),
  };
}

/** The grams of a ticket's searchable text (see `displayIdColumns`). */
export function ticketSearchText(
  title: string,
  description: string,
  displayId: string,
): string {
  return textGrams(title, description, displayId).join(' ');
}

/**
 * An event's row as the store writes it (bench/ writes generated histories with it too): what
 * scorecards count is copied out of `data` into columns SQL can aggregate on every engine.
 */
export function eventColumns(
  ticketId: string | number,
  seq: number,
  e: NewEvent,
): Omit<DbEventRow, 'id'> {
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
