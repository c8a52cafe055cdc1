import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  RoleMembership,
  RuleSet,
  SlaClock,
  Ticket,
  ruleSetFor,
  slaTargetsOf,
  slaClocks,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import {
  claimSlaWarning,
  releaseSlaWarning,
  ticketsWithRunningClocks,
} from '../database/SweepStore';
import { TicketSignals } from '../tickets/TicketSignals';

/** A warning due: the clock reached this level (a fraction of its time, or the breach). */
export interface DueWarning {
  ticket: Ticket;
  clock: SlaClock;
  level: string;
}

/**
 * The warnings a ticket's running clocks are due at `now`: one per configured fraction of the
 * allowed time used (e.g. 50 % and 80 %) and one at the breach. Pure; the sweep sends them.
 */
export function dueWarnings(
  ticket: Ticket,
  now: Date,
  rules: RuleSet,
  fractions: number[],
): DueWarning[] {
  return slaClocks(ticket, now, slaTargetsOf(rules))
    .filter(clock => !clock.stoppedAt)
    .flatMap(clock => {
      const total = Date.parse(clock.deadline) - Date.parse(clock.startedAt);
      const used = total - clock.remainingMs;
      const levels = fractions
        .filter(f => used >= f * total)
        .map(f => String(Math.round(f * 100)));
      if (clock.breached) levels.push('breach');
      return levels.map(level => ({ ticket, clock, level }));
    });
}

/**
 * Finds tickets whose SLA clocks crossed a warning level and tells the person holding each
 * ticket and the desk lead, once per level. Runs from the scheduler, so one replica sweeps a
 * tick; the warnings table makes it once even if two replicas ever overlap.
 */
export class SlaSweep {
  constructor(
    private readonly deps: {
      db: Knex;
      ruleSets: RuleSet[];
      fractions: number[];
      roles: RoleMembership;
      notifications: NotificationService;
      signals?: TicketSignals;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<number> {
    const { db } = this.deps;
    const now = (this.deps.now ?? (() => new Date()))();
    const rules = ruleSetFor(now.getUTCFullYear(), this.deps.ruleSets);
    const tickets = await ticketsWithRunningClocks(db, {
      targets: slaTargetsOf(rules),
    });
    const due = tickets.flatMap(ticket =>
      dueWarnings(ticket, now, rules, this.deps.fractions),
    );
    let sent = 0;
    for (const warning of due) {
      const key = {
        ticketId: warning.ticket.id,
        clock: warning.clock.kind,
        level: warning.level,
      };
      // Claim the warning first: a replica sweeping at the same moment finds it taken. It is sent
      // after the claim is committed (no transaction held open over a network call), and the
      // claim is given back if sending fails, so the next tick tries again.
      if (!(await claimSlaWarning(db, { ...key, sentAt: now.getTime() })))
        continue;
      try {
        await this.notify(warning);
      } catch (error) {
        await releaseSlaWarning(db, key);
        throw error;
      }
      sent += 1;
    }
    if (sent) this.deps.logger.info(`Sent ${sent} SLA warnings`);
    return sent;
  }

  private async notify({ ticket, clock, level }: DueWarning) {
    const holder = ticket.assigneeRef ?? ticket.acceptedBy;
    const leads = this.deps.roles.lead ?? [];
    const breach = level === 'breach';
    await this.deps.notifications.send({
      recipients: { type: 'entity', entityRef: [holder, ...leads] },
      payload: {
        title: `${ticket.displayId} ${
          breach
            ? 'SLA breached 已超时'
            : `SLA ${level}% used 时限已用 ${level}%`
        }: ${clock.kind}`,
        description: `${ticket.title} — deadline ${clock.deadline}`,
        link: `/service-desk/tickets/${ticket.id}`,
        severity: severityOf(level),
        topic: 'service-desk-sla',
        scope: `service-desk-sla:${ticket.id}:${clock.kind}:${level}`,
      },
    });
    await this.deps.signals?.changed(ticket, { sla: clock.kind, level });
  }
}

/** The breach is critical; of the levels before it, only the first is routine. */
function severityOf(level: string): 'critical' | 'normal' | 'high' {
  if (level === 'breach') return 'critical';
  return level === '50' ? 'normal' : 'high';
}
