import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  RoleMembership,
  SEES_ALL_TICKETS,
  TICKET_SIGNAL_CHANNEL,
  Ticket,
  TicketSignal,
} from '@internal/plugin-service-desk-common';
import { TicketStore } from '../database/TicketStore';

type SignalledTicket = Pick<
  Ticket,
  'id' | 'displayId' | 'state' | 'version'
> & {
  participants?: string[];
};

/**
 * Tells the open portal pages that a ticket changed, so desk lists and ticket screens reload.
 * Sent to the people who may see the ticket — its participants and the groups of the roles that
 * see every ticket — as the signals backend matches recipients against each connection's
 * ownership refs.
 */
export class TicketSignals {
  private readonly watchers: string[];

  constructor(
    private readonly deps: {
      signals: SignalsService;
      store: Pick<TicketStore, 'getParticipants'>;
      roles: RoleMembership;
      logger: LoggerService;
    },
  ) {
    this.watchers = SEES_ALL_TICKETS.flatMap(role => deps.roles[role] ?? []);
  }

  /**
   * Never throws: the change is already written, and a lost signal only delays a refresh, so it
   * must not make the SLA sweep send its warning again. A ticket that comes with its
   * participants (an action already loaded them) is not read again.
   */
  async changed(
    ticket: SignalledTicket,
    extra: Pick<TicketSignal, 'sla' | 'level'> = {},
  ): Promise<void> {
    try {
      await this.publish(ticket, extra);
    } catch (error) {
      this.deps.logger.warn(
        `Could not signal the change of ticket ${ticket.displayId}: ${error}`,
      );
    }
  }

  /** Signals the change, or throws: for the outbox, which tries again. */
  async publish(
    ticket: SignalledTicket,
    extra: Pick<TicketSignal, 'sla' | 'level'> = {},
  ): Promise<void> {
    const participants =
      ticket.participants ?? (await this.deps.store.getParticipants(ticket.id));
    await this.deps.signals.publish<TicketSignal>({
      recipients: {
        type: 'user',
        entityRef: [...new Set([...participants, ...this.watchers])],
      },
      channel: TICKET_SIGNAL_CHANNEL,
      message: {
        ticketId: ticket.id,
        displayId: ticket.displayId,
        state: ticket.state,
        version: ticket.version,
        ...extra,
      },
    });
  }
}
