import { InputError } from '@backstage/errors';
import {
  CreateTicketInput,
  RoutingDecision,
  TicketEvent,
  categoryPaths,
  normalizeEntityRef,
  priorityOf,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskConfig } from '../config';
import { NewTicket } from '../database/TicketStore';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';

/** How far ahead of the server clock a reported time may be before it is refused. */
export const CLOCK_SKEW_MS = 60_000;

/**
 * A new ticket's fields after the checks that need configuration and the catalog, shared by
 * the tickets opened live and those imported with their history.
 */
export class TicketIntake {
  private readonly categories: Set<string>;

  constructor(
    private readonly router: ProjectManagerRouter,
    private readonly config: ServiceDeskConfig,
  ) {
    this.categories = new Set(categoryPaths(config.categories));
  }

  async fields(
    input: Omit<CreateTicketInput, 'emergency'> & { emergency?: boolean },
    acceptedAt: string,
    acceptedBy: string,
  ): Promise<NewTicket & { routing: RoutingDecision }> {
    const priority = priorityOf(
      this.config.priority,
      input.impact,
      input.urgency,
    );
    if (!priority) {
      throw new InputError(
        `impact/urgency: '${input.impact}' × '${
          input.urgency
        }' is not in the priority matrix (impacts: ${this.config.priority.impacts.join(
          ', ',
        )}; urgencies: ${this.config.priority.urgencies.join(', ')})`,
      );
    }
    if (!this.categories.has(input.category)) {
      throw new InputError(
        `category: '${input.category}' is not a configured category`,
      );
    }
    if (input.occurredAt) this.checkOccurredAt(input.occurredAt, acceptedAt);
    const routing = await this.router.route(
      normalizeEntityRef(input.entityRef),
    );
    return {
      kind: input.kind,
      emergency: input.emergency ?? false,
      priority,
      impact: input.impact,
      urgency: input.urgency,
      category: input.category,
      title: input.title,
      description: input.description,
      reporter: input.reporter,
      channel: input.channel,
      entityRef: routing.entityRef,
      occurredAt: input.occurredAt && new Date(input.occurredAt).toISOString(),
      acceptedAt,
      acceptedBy,
      state: 'new',
      projectManagerRef: routing.projectManagerRef,
      routingSource: routing.source,
      routingWarning: routing.warning,
      pmInvolved: false,
      routing,
    };
  }

  /**
   * An emergency happens before it reaches the desk, and not long before: a time after the
   * ticket was opened, or further back than the configured days, is a typo or a wrong zone.
   */
  checkOccurredAt(occurredAt: string, acceptedAt: string) {
    const occurred = Date.parse(occurredAt);
    const accepted = Date.parse(acceptedAt);
    if (occurred > accepted + CLOCK_SKEW_MS) {
      throw new InputError(
        `occurredAt: ${occurredAt} is after the ticket was accepted (acceptedAt ${acceptedAt})`,
      );
    }
    const days = this.config.emergencies.maxOccurredDaysBeforeOpen;
    if (occurred < accepted - days * 86_400_000) {
      throw new InputError(
        `occurredAt: ${occurredAt} is more than ${days} days before the ticket was accepted (acceptedAt ${acceptedAt})`,
      );
    }
  }
}

export function openEvent(
  ticket: Pick<NewTicket, 'acceptedAt' | 'acceptedBy'>,
  routing: RoutingDecision,
  callId?: string,
): Omit<TicketEvent, 'id' | 'ticketId' | 'seq'> {
  return {
    action: 'open',
    actorRef: ticket.acceptedBy,
    at: ticket.acceptedAt,
    toState: 'new',
    data: {
      routing: {
        projectManagerRef: routing.projectManagerRef,
        source: routing.source,
        decidedBy: routing.decidedBy,
        warning: routing.warning,
      },
      ...(callId ? { callId } : {}),
    },
  };
}

export function participantsAtOpen(ticket: NewTicket): string[] {
  return [
    ticket.acceptedBy,
    ticket.projectManagerRef,
    ticket.reporter.userRef,
  ].filter((r): r is string => !!r);
}
