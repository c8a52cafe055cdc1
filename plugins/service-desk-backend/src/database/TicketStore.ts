import {
  Actor,
  ListQuery,
  Ticket,
  TicketEvent,
  SlaTargets,
} from '@internal/plugin-service-desk-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { WriteProvenance } from './batches';
import { OutboxMessage } from '../delivery/outbox';

/** What a permission condition can ask of tickets (see permissions/rules.ts). */
export type TicketQuery = { participant: string };

export type TicketFilter = PermissionCriteria<TicketQuery>;

/** The store's list query: the HTTP query, with `waitingOn=me` resolved to the caller. */
export type StoreListQuery = ListQuery & { waitingFor?: Actor };

/** A ticket as it is first written: everything but what the store assigns. */
export type NewTicket = Omit<
  Ticket,
  'id' | 'displayId' | 'version' | 'createdAt' | 'updatedAt'
>;

/** An event as written; `seq` and `ticketId` are assigned by the store. */
export type NewEvent = Omit<TicketEvent, 'id' | 'ticketId' | 'seq'>;

/** Fields an action may change on a ticket. */
export type TicketPatch = Partial<
  Pick<
    Ticket,
    | 'state'
    | 'projectManagerRef'
    | 'pmInvolved'
    | 'occurredAt'
    | 'notifiedAt'
    | 'handedOverAt'
    | 'resolvedAt'
    | 'resolution'
    | 'callbackAt'
    | 'satisfaction'
    | 'closedAt'
  >
> & { assigneeRef?: string | null };

export interface TicketListResult {
  items: Ticket[];
  nextCursor?: string;
  /** Exact up to 10 000 matches; beyond, on PostgreSQL, the planner's estimate. */
  totalCount: number;
  /** `totalCount` is an estimate (more than 10 000 match, on PostgreSQL). */
  totalCountEstimated?: boolean;
}

/** One ticket of an import batch: its fields as they stand after its history. */
export interface ImportedTicket {
  ticket: NewTicket & { externalId: string };
  /** The whole history, from the opening event on. */
  events: NewEvent[];
  participants: string[];
}

/** What an import wrote: the new tickets, those skipped (external id → ticket id), the batch. */
export interface ImportWrite {
  written: Ticket[];
  skipped: Map<string, string>;
  /** Absent when nothing was written. */
  batchId?: string;
}

/** What a change must tell once committed, from the ticket as written: kept in its transaction. */
export type TicketEffects = (ticket: Ticket) => OutboxMessage[];

export interface TicketStore {
  /**
   * Writes a new ticket with its first event; returns it. With `fromCall`, the call is linked to
   * the ticket in the same transaction: an unknown or already linked call writes nothing.
   */
  createTicket(
    ticket: NewTicket,
    event: NewEvent,
    participants: string[],
    fromCall?: string,
    effects?: TicketEffects,
  ): Promise<Ticket>;

  getTicket(id: string): Promise<Ticket | undefined>;

  getEvents(ticketId: string): Promise<TicketEvent[]>;

  getParticipants(ticketId: string): Promise<string[]>;

  /**
   * Applies an action's changes if the ticket is still at `expectedVersion`; appends the event.
   * Returns undefined when the ticket moved on (someone else acted first).
   */
  applyChange(
    id: string,
    expectedVersion: number,
    patch: TicketPatch,
    event: NewEvent,
    participants: string[],
    effects?: TicketEffects,
  ): Promise<Ticket | undefined>;

  /** A page of tickets; `slaTargets` set the deadlines the 'deadline' order sorts by. */
  listTickets(
    query: StoreListQuery,
    filter?: TicketFilter,
    slaTargets?: SlaTargets,
  ): Promise<TicketListResult>;

  /** Tickets already imported, by external id. */
  findExternalIds(externalIds: string[]): Promise<Map<string, string>>;

  /**
   * Writes a batch of imported tickets in one transaction, all or nothing, in a batch row naming
   * who imported them and through which door; each ticket references the batch and its events
   * carry the batch id. A ticket whose external id is already taken (also by an import running
   * at the same moment) is skipped, not an error.
   */
  importTickets(
    batch: ImportedTicket[],
    by: WriteProvenance,
  ): Promise<ImportWrite>;

  countTickets(): Promise<number>;
}
