import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  isError,
} from '@backstage/errors';
import {
  Alert,
  AlertDeadLetter,
  AlertInput,
  AlertReceipt,
  CreateTicketInput,
  OPEN_STATES,
  SEES_ALL_TICKETS,
  Ticket,
  alertSchema,
} from '@internal/plugin-service-desk-common';
import { Request } from 'express';
import { AlertsConfig } from '../config';
import { AlertStore, FingerprintClaim } from '../database/AlertStore';
import { TicketStore } from '../database/TicketStore';
import { OutboxDelivery } from '../delivery/OutboxDelivery';
import { ticketOpened } from '../delivery/ticketEffects';
import { Caller, RequestContext, principalOf } from '../http/requestContext';
import { TicketOperations } from '../tickets/TicketOperations';
import { TicketService } from '../tickets/TicketService';

/** How long a claim on a fingerprint holds while its ticket is being opened. */
const CLAIM_LEASE_MS = 30_000;
/** How often an alert waiting for another's ticket looks again. */
const WAIT_STEP_MS = 25;
/** How many refused alerts the desk's list shows. */
export const DEAD_LETTERS_SHOWN = 100;

/**
 * Alerts from the monitoring system (运行监控): each opens a ticket on the channel `monitoring`,
 * or joins the open ticket of its fingerprint, so that one fault seen many times is one ticket.
 * Only the senders named in `serviceDesk.alerts.senders` may send; an alert that cannot be taken
 * is answered with the reason and kept as a dead letter for the desk.
 */
export class AlertService {
  constructor(
    private readonly deps: {
      alerts: AlertStore;
      service: TicketService;
      tickets: Pick<TicketStore, 'getTicket'>;
      operations: Pick<TicketOperations, 'read'>;
      context: RequestContext;
      delivery: Pick<OutboxDelivery, 'kick'>;
      config: AlertsConfig;
      now?: () => Date;
    },
  ) {}

  async receive(
    credentials: BackstageCredentials,
    body: unknown,
    request?: Request,
  ): Promise<{ opened: boolean; receipt: AlertReceipt }> {
    return this.receiveFrom(this.sender(credentials), body, request);
  }

  /** An alert of `sender`, a principal of serviceDesk.alerts.senders (the demo loader's door). */
  async receiveFrom(
    sender: string,
    body: unknown,
    request?: Request,
  ): Promise<{ opened: boolean; receipt: AlertReceipt }> {
    const receivedAt = this.now().toISOString();
    try {
      const input = this.parse(body);
      return await this.deps.context.audited(
        request,
        'alert-receive',
        { fingerprint: input.fingerprint, service: input.service },
        () => this.take(input, sender, receivedAt),
      );
    } catch (error) {
      if (isError(error) && error.name === 'InputError') {
        await this.deps.alerts.deadLetter({
          receivedAt,
          sender,
          status: 400,
          reason: error.message,
          body: JSON.stringify(body ?? null),
        });
      }
      throw error;
    }
  }

  /** The latest alerts that could not be taken: for the desk and managers. */
  async deadLetters(caller: Caller): Promise<AlertDeadLetter[]> {
    if (!SEES_ALL_TICKETS.some(role => caller.actor.roles.has(role)))
      throw new NotAllowedError(
        'only the desk and managers see refused alerts',
      );
    return this.deps.alerts.deadLetters(DEAD_LETTERS_SHOWN);
  }

  /** A ticket's alerts, for whoever may read the ticket. */
  async ofTicket(caller: Caller, id: string): Promise<Alert[]> {
    await this.deps.operations.read(caller, id);
    return this.deps.alerts.forTicket(id);
  }

  private sender(credentials: BackstageCredentials): string {
    const principal = principalOf(credentials);
    const isService =
      (credentials.principal as { type?: string }).type === 'service';
    if (!isService || !this.deps.config.senders.includes(principal)) {
      throw new NotAllowedError(
        `alerts come from the monitoring system (serviceDesk.alerts.senders), not ${principal}`,
      );
    }
    return principal;
  }

  private parse(body: unknown): AlertInput {
    const parsed = alertSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        `${issue.path.join('.') || 'body'}: ${issue.message}`,
      );
    }
    const { severities } = this.deps.config;
    if (!Object.hasOwn(severities, parsed.data.severity)) {
      throw new InputError(
        `severity: '${parsed.data.severity}' is not one of ${Object.keys(
          severities,
        ).join(', ')}`,
      );
    }
    return parsed.data;
  }

  /** Opens the fingerprint's ticket, or joins it: one claim per fingerprint decides which. */
  private async take(
    input: AlertInput,
    sender: string,
    receivedAt: string,
  ): Promise<{ opened: boolean; receipt: AlertReceipt }> {
    const { alerts } = this.deps;
    // Whether it opens a ticket or joins one, an alert names a service the catalog knows.
    await asAlertField(() => this.deps.service.previewRouting(input.service));
    const started = Date.now();
    for (;;) {
      let claim: FingerprintClaim | undefined = await alerts.claim(
        input.fingerprint,
        this.now().getTime(),
        CLAIM_LEASE_MS,
      );
      if (claim.kind === 'ticket') {
        const ticket = await this.deps.tickets.getTicket(claim.ticketId);
        if (ticket && OPEN_STATES.includes(ticket.state))
          return this.recorded(input, sender, receivedAt, ticket, false);
        // Its ticket is resolved or closed: the fault is back, and gets a ticket of its own.
        claim = await alerts.claimFromClosed(
          input.fingerprint,
          claim.ticketId,
          this.now().getTime(),
        );
      }
      if (claim?.kind === 'claimed') {
        const ticket = await this.open(input, sender, claim.token);
        return this.recorded(input, sender, receivedAt, ticket, true);
      }
      if (Date.now() - started > CLAIM_LEASE_MS) {
        throw new ConflictError(
          `another alert of ${input.fingerprint} is still opening its ticket; send it again`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  private async open(
    input: AlertInput,
    sender: string,
    token: string,
  ): Promise<Ticket> {
    const { alerts, service } = this.deps;
    try {
      const ticket = await asAlertField(() =>
        service.createFromAlert(this.ticketInput(input, sender), sender, t => [
          ticketOpened(t),
        ]),
      );
      await alerts.settle(input.fingerprint, token, ticket.id);
      this.deps.delivery.kick();
      return ticket;
    } catch (error) {
      await alerts.release(input.fingerprint, token);
      throw error;
    }
  }

  private ticketInput(input: AlertInput, sender: string): CreateTicketInput {
    const { category, severities } = this.deps.config;
    const severity = severities[input.severity];
    const source = sender.replace(/^external:/, '');
    return {
      kind: 'incident',
      emergency: severity.emergency,
      occurredAt: input.occurredAt,
      impact: severity.impact,
      urgency: severity.urgency,
      category,
      title: input.summary,
      description: `${input.description ?? input.summary}\n\n${source}: ${
        input.severity
      }, ${input.fingerprint}`,
      reporter: { name: source },
      channel: 'monitoring',
      entityRef: input.service,
    };
  }

  private async recorded(
    input: AlertInput,
    sender: string,
    receivedAt: string,
    ticket: Ticket,
    opened: boolean,
  ) {
    const alert = await this.deps.alerts.record({
      ticketId: ticket.id,
      fingerprint: input.fingerprint,
      sender,
      service: ticket.entityRef,
      severity: input.severity,
      summary: input.summary,
      occurredAt: new Date(input.occurredAt).toISOString(),
      receivedAt,
      opened,
    });
    return {
      opened,
      receipt: {
        alert,
        ticket: {
          id: ticket.id,
          displayId: ticket.displayId,
          state: ticket.state,
        },
      },
    };
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}

/** The ticket's refusals in the alert's words: its `service` is the ticket's entityRef. */
async function asAlertField<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isError(error) && error.name === 'InputError')
      throw new InputError(error.message.replace(/^entityRef:/, 'service:'));
    throw error;
  }
}
