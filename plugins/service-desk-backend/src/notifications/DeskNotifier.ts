import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import {
  ActionRequest,
  Actor,
  NOTIFICATION_TOPICS,
  RoleMembership,
  RosterChange,
  SlaClockKind,
  Ticket,
} from '@internal/plugin-service-desk-common';
import { catalogNames } from '../catalog/personNames';
import { DeskEvent, DeskLanguage, TicketFacts, deskMessage } from './messages';

/** Who is on duty at a moment (the roster service). */
export interface OnDuty {
  onDutyAt(at: Date): Promise<{ people: string[] }>;
}

/** A warning the SLA sweep sends: a running clock of a ticket reached a level. */
export interface SlaWarning {
  ticket: Ticket;
  clock: { kind: SlaClockKind; deadline: string };
  level: string;
}

type Notice = {
  recipients: string[];
  event: (ticket: TicketFacts, name: (ref: string) => string) => DeskEvent;
  /** Names to look up in the catalog for the text, besides the ticket's service. */
  named: string[];
};

/**
 * Tells whoever must act next on a ticket, in the desk's language and zone (who gets what:
 * README → Notifications). Sending is a side effect of a change already committed: a ticket's
 * notices go through the outbox (delivery/), which tries a failed one again; the roster's and
 * the period's are logged when they fail and never undo what was done.
 */
export class DeskNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      catalog: CatalogService;
      auth: AuthService;
      roster: OnDuty;
      roles: RoleMembership;
      language: DeskLanguage;
      timeZone: string;
      logger: LoggerService;
    },
  ) {}

  /**
   * After a lifecycle action: the next person in the ticket's path hears of it. It throws when
   * sending fails, for the outbox that delivers it (delivery/) to try again.
   */
  async afterAction(
    ticket: Ticket,
    request: Pick<ActionRequest, 'action' | 'comment'>,
    actor: Actor,
  ): Promise<void> {
    const notice = await this.noticeFor(ticket, request, actor);
    // Nobody is told of their own step (a lead dispatching to themselves as fallback PM).
    const recipients = notice?.recipients.filter(r => r !== actor.userRef);
    if (!notice || !recipients?.length) return;
    await this.send(ticket, { ...notice, recipients }, 'normal');
  }

  /**
   * A new emergency goes at once to whoever is on duty by the roster (the shift's whole group
   * when nobody planned the slot, §8.6) and to the desk lead, so the 15-minute response clock
   * has someone on it. It throws when sending fails, as `afterAction` does.
   */
  async newEmergency(ticket: Ticket): Promise<void> {
    const desk = await this.desk();
    await this.send(
      ticket,
      {
        recipients: [...desk, ...(this.deps.roles.lead ?? [])],
        named: [],
        event: facts => ({
          kind: 'emergency',
          ticket: facts,
          occurredAt: ticket.occurredAt ?? ticket.acceptedAt,
        }),
      },
      'critical',
    );
  }

  /**
   * An SLA warning to the person holding the ticket and the desk lead. It throws when sending
   * fails: the sweep gives the warning back and the next tick tries again.
   */
  async slaWarning({ ticket, clock, level }: SlaWarning): Promise<void> {
    const holder = ticket.assigneeRef ?? ticket.acceptedBy;
    await this.send(
      ticket,
      {
        recipients: [holder, ...(this.deps.roles.lead ?? [])],
        named: [],
        event: facts => ({
          kind: 'slaWarning',
          ticket: facts,
          clock: clock.kind,
          level,
          deadline: clock.deadline,
        }),
      },
      severityOf(level),
      `:${clock.kind}:${level}`,
    );
  }

  /**
   * A cover or swap asked or decided, to whom the roster names (the manager who must decide,
   * or the people whose slots change), except whoever took the step. A failure is only logged
   * (a ticket's notice, by contrast, is retried through the outbox).
   */
  async rosterChange(change: RosterChange, recipients: string[], by: string) {
    try {
      const unique = [...new Set(recipients)].filter(r => r !== by);
      if (!unique.length) return;
      const names = await this.names([change.holder, change.replacement]);
      const name = (ref: string) => names.get(ref) ?? idOf(ref);
      await this.post(
        unique,
        {
          kind: 'rosterChange',
          type: change.type,
          slot: { date: change.date, kind: change.kind },
          start: change.start,
          end: change.end,
          swapWith: change.swapWith,
          status: change.status,
          holder: name(change.holder),
          replacement: name(change.replacement),
          reason: change.reason,
        },
        {
          link: `/service-desk/roster?date=${change.date}`,
          severity: 'normal',
          // A change is told once per status it reaches.
          scope: `${change.id}:${change.status}`,
        },
      );
    } catch (error) {
      this.deps.logger.error(
        `Could not send the roster notice for change ${change.id}: ${error}`,
      );
    }
  }

  /**
   * A step in closing a period or in an appeal (issue 14): to the manager who must decide, or
   * to the lead whose request or appeal was decided, never to whoever took the step. Like a
   * roster notice, a failure is only logged: the step itself is already on record.
   */
  async periodCloseStep(
    event: Extract<DeskEvent, { kind: 'periodClose' | 'appeal' }>,
    recipients: { users?: string[]; roles?: Array<'lead' | 'manager'> },
    by: string,
    /** The request, seal or appeal the step belongs to: each step is told once. */
    recordId: string,
  ) {
    try {
      const groups = (recipients.roles ?? []).flatMap(
        role => this.deps.roles[role] ?? [],
      );
      const unique = [...new Set([...(recipients.users ?? []), ...groups])];
      const to = unique.filter(r => r !== by);
      if (!to.length) return;
      const names = await this.names([by]);
      const { period } = event;
      await this.post(
        to,
        { ...event, by: names.get(by) ?? idOf(by) },
        {
          link: `/scorecard?kind=${period.kind}&period=${period.label}`,
          severity: 'normal',
          scope: `${recordId}:${event.step}`,
        },
      );
    } catch (error) {
      this.deps.logger.error(
        `Could not send the ${event.kind} notice for ${event.period.label}: ${error}`,
      );
    }
  }

  private async noticeFor(
    ticket: Ticket,
    request: Pick<ActionRequest, 'action' | 'comment'>,
    actor: Actor,
  ): Promise<Notice | undefined> {
    const by = actor.userRef;
    const at = ticket.updatedAt;
    const pm = ticket.projectManagerRef;
    switch (request.action) {
      case 'dispatch':
        return {
          recipients: [pm],
          named: [by],
          event: (facts, name) => ({
            kind: 'dispatched',
            ticket: facts,
            by: name(by),
            at,
          }),
        };
      case 'assign':
      case 'assign_tech_support':
        return {
          recipients: ticket.assigneeRef ? [ticket.assigneeRef] : [],
          named: [by],
          event: (facts, name) => ({
            kind: 'assigned',
            ticket: facts,
            by: name(by),
            at,
          }),
        };
      case 'return':
        return {
          recipients: [pm],
          named: [by],
          event: (facts, name) => ({
            kind: 'returned',
            ticket: facts,
            by: name(by),
            at,
            comment: request.comment ?? '',
          }),
        };
      case 'resolve':
        // The desk resolving a new ticket itself confirms it too: no PM has a part in it.
        if (!ticket.pmInvolved) return undefined;
        return {
          recipients: [pm],
          named: [by],
          event: (facts, name) => ({
            kind: 'resolved',
            ticket: facts,
            by: name(by),
            at,
            resolution: ticket.resolution ?? '',
          }),
        };
      case 'confirm_completion':
        return {
          recipients: await this.desk(),
          named: [by],
          event: (facts, name) => ({
            kind: 'pmConfirmed',
            ticket: facts,
            by: name(by),
            at,
          }),
        };
      case 'close': {
        const reporter = ticket.reporter.userRef;
        if (!reporter || !isUserRef(reporter)) return undefined;
        return {
          recipients: [reporter],
          named: [],
          event: facts => ({ kind: 'closed', ticket: facts, at }),
        };
      }
      default:
        return undefined;
    }
  }

  /**
   * The desk as it stands now: whoever the roster has on duty, else the lead, so a ticket the
   * PM hands back is never left with nobody told.
   */
  private async desk(): Promise<string[]> {
    const onDuty = await this.deps.roster.onDutyAt(new Date()).catch(error => {
      this.deps.logger.error(`Could not read the roster: ${error}`);
      return { people: [] as string[] };
    });
    return onDuty.people.length ? onDuty.people : this.deps.roles.lead ?? [];
  }

  private async send(
    ticket: Ticket,
    notice: Notice,
    severity: NotificationSeverity,
    scopeSuffix = '',
  ) {
    const recipients = [...new Set(notice.recipients)];
    if (!recipients.length) return;
    const names = await this.names([ticket.entityRef, ...notice.named]);
    const name = (ref: string) => names.get(ref) ?? idOf(ref);
    const event = notice.event(
      {
        displayId: ticket.displayId,
        title: ticket.title,
        emergency: ticket.emergency,
        service: name(ticket.entityRef),
      },
      name,
    );
    await this.post(recipients, event, {
      link: `/service-desk/tickets/${ticket.id}`,
      severity,
      // A repeat of the same kind on a ticket (dispatched again) refreshes the entry, unread.
      scope: `${ticket.id}${scopeSuffix}`,
    });
  }

  /** Sends an event under its topic, the scope within the topic so kinds never collide. */
  private async post(
    recipients: string[],
    event: DeskEvent,
    payload: { link: string; severity: NotificationSeverity; scope: string },
  ) {
    const topic = NOTIFICATION_TOPICS[event.kind];
    await this.deps.notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        ...deskMessage(event, this.deps),
        ...payload,
        topic,
        scope: `${topic}:${payload.scope}`,
      },
    });
  }

  /** Catalog names of people and the service; a failed look-up leaves the ids to stand in. */
  private names(refs: string[]): Promise<Map<string, string>> {
    return catalogNames(this.deps, refs);
  }
}

/** `user:default/sun.li` → `sun.li`: the login id people know, not the catalog's key. */
function idOf(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

function isUserRef(ref: string): boolean {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'user';
  } catch {
    return false;
  }
}

/** The breach is critical; of the levels before it, only the first is routine. */
function severityOf(level: string): NotificationSeverity {
  if (level === 'breach') return 'critical';
  return level === '50' ? 'normal' : 'high';
}
