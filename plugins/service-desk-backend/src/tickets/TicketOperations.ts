import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ActionRequest,
  CreateTicketInput,
  ListQuery,
  Ticket,
  actionSchema,
  createTicketSchema,
  importBatchSchema,
  ticketCreatePermission,
  ticketImportPermission,
  ticketReadPermission,
  ticketUpdatePermission,
} from '@internal/plugin-service-desk-common';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';
import { z } from 'zod';
import {
  Caller,
  RequestContext,
  parse,
  principalOf,
} from '../http/requestContext';
import { OutboxDelivery } from '../delivery/OutboxDelivery';
import { ticketActed, ticketOpened } from '../delivery/ticketEffects';
import { TicketAccess } from './TicketAccess';
import { ImportResult } from './importTickets';
import { TicketService } from './TicketService';
import { TicketSignals } from './TicketSignals';

/**
 * A request body not validated yet: the operations check the caller's permission first, so an
 * outsider learns nothing about the fields (403, not a 400 naming them), then validate it.
 */
export class RequestBody {
  constructor(readonly value: unknown) {}
}

function validated<T>(schema: z.ZodType<T>, body: T | RequestBody): T {
  return body instanceof RequestBody ? parse(schema, body.value) : body;
}

/**
 * The ticket operations as the HTTP API and the actions registry offer them: permission check,
 * audit event, the change itself with the signal and notification it owes queued in its
 * transaction, delivered once the caller has its answer. Both doors call these, so neither can
 * skip a check or forget a side effect.
 */
export class TicketOperations {
  constructor(
    private readonly deps: {
      service: TicketService;
      access: TicketAccess;
      context: RequestContext;
      signals: TicketSignals;
      delivery: Pick<OutboxDelivery, 'kick'>;
    },
  ) {}

  async open(
    caller: Caller,
    body: CreateTicketInput | RequestBody,
  ): Promise<Ticket> {
    const { context, service } = this.deps;
    await context.require(
      ticketCreatePermission,
      caller.credentials,
      'you may not open tickets',
    );
    const input = validated(createTicketSchema, body);
    const ticket = await this.audited(
      caller,
      'ticket-create',
      { entityRef: input.entityRef },
      () => service.create(input, caller.actor, t => [ticketOpened(t)]),
    );
    this.deps.delivery.kick();
    return ticket;
  }

  async list(caller: Caller, query: ListQuery) {
    const scope = await this.deps.access.listScope(caller.credentials);
    if (!scope.visible) return { items: [], totalCount: 0 };
    return this.deps.service.list(query, scope.filter, caller.actor);
  }

  async read(caller: Caller, id: string) {
    const { participants: _, ...ticket } = await this.visible(
      caller,
      id,
      ticketReadPermission,
    );
    return this.deps.service.withHistory(ticket, caller.actor);
  }

  async act(
    caller: Caller,
    id: string,
    body: ActionRequest | RequestBody,
  ): Promise<Ticket> {
    const ticket = await this.visible(caller, id, ticketUpdatePermission);
    const request = validated(actionSchema, body);
    const { participants: _, ...updated } = await this.audited(
      caller,
      'ticket-action',
      {
        ticket: ticket.displayId,
        action: request.action,
        version: request.version,
      },
      () =>
        this.deps.service.act(ticket, request, caller.actor, t => [
          ticketActed(t, request, caller.actor),
        ]),
    );
    this.deps.delivery.kick();
    return updated;
  }

  /** The ticket with its participants, read once for the permission and the signal. */
  private async visible(
    caller: Caller,
    id: string,
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
  ) {
    const ticket = await this.deps.service.resource(id);
    await this.deps.access.check(ticket, caller.credentials, permission);
    return ticket;
  }

  /** For the migration job (a service token) as well as the lead, hence credentials, not a caller. */
  async import(
    credentials: BackstageCredentials,
    body: unknown,
    request: Request,
  ): Promise<ImportResult> {
    const { context, service } = this.deps;
    await context.require(
      ticketImportPermission,
      credentials,
      'only the desk lead and managers import tickets',
    );
    const { tickets } = parse(importBatchSchema, body);
    const by = { principal: principalOf(credentials), door: 'api' as const };
    const { written, ...result } = await context.audited(
      request,
      'ticket-import',
      { count: tickets.length, principal: by.principal, door: by.door },
      () => service.import(tickets, by),
    );
    for (const ticket of written) await this.deps.signals.changed(ticket);
    return result;
  }

  private audited<T>(
    caller: Caller,
    eventId: string,
    meta: JsonObject,
    fn: () => Promise<T>,
  ) {
    // Without an HTTP request (an action) the auditor cannot tell who acted, so the event says.
    const withActor = { ...meta, actorRef: caller.actor.userRef };
    return this.deps.context.audited(caller.request, eventId, withActor, fn);
  }
}
