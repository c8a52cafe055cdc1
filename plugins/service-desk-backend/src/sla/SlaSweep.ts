import { LoggerService } from '@backstage/backend-plugin-api';
import {
  RuleSet,
  SlaClock,
  Ticket,
  ruleSetAt,
  slaTargetsOf,
  slaClocks,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import {
  claimSlaWarning,
  SlaWarningKey,
  recordSupersededWarnings,
  releaseSlaWarning,
  ticketsWithRunningClocks,
} from '../database/SweepStore';
import { DeskNotifier } from '../notifications/DeskNotifier';
import { TicketSignals } from '../tickets/TicketSignals';

/** A warning due: the clock reached this level (a fraction of its time, or the breach). */
export interface DueWarning {
  ticket: Ticket;
  clock: SlaClock;
  level: string;
}

/**
 * The warnings a ticket's running clocks are due at `now`: one per configured fraction of the
 * allowed time used (e.g. 50 % and 80 %) and one at the breach, lowest level first. Pure; the
 * sweep sends them.
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
      const levels = [...fractions]
        .sort((a, b) => a - b)
        .filter(f => used >= f * total)
        .map(f => String(Math.round(f * 100)));
      if (clock.breached) levels.push('breach');
      return levels.map(level => ({ ticket, clock, level }));
    });
}

/**
 * Of the warnings due on each clock, the one to send: the highest level reached. The levels it
 * overtook (50 % and 80 % when the clock is already breached) are not worth a message of their
 * own any more; the sweep records them as superseded so that they never come later either.
 */
export function latestWarnings(
  due: DueWarning[],
): Array<{ send: DueWarning; overtaken: DueWarning[] }> {
  const byClock = new Map<string, DueWarning[]>();
  for (const warning of due) {
    const key = `${warning.ticket.id}:${warning.clock.kind}`;
    byClock.set(key, [...(byClock.get(key) ?? []), warning]);
  }
  return [...byClock.values()].map(levels => ({
    send: levels[levels.length - 1],
    overtaken: levels.slice(0, -1),
  }));
}

/**
 * Finds tickets whose SLA clocks crossed a warning level and tells the person holding each
 * ticket and the desk lead, once per level and only of the latest level reached. Runs from the
 * scheduler, so one replica sweeps a tick; the warnings table makes it once even if two
 * replicas ever overlap.
 */
export class SlaSweep {
  constructor(
    private readonly deps: {
      db: Knex;
      ruleSets: RuleSet[];
      /** The desk's zone: the rule-set version in force is the one of today there. */
      timeZone: string;
      fractions: number[];
      notifier: Pick<DeskNotifier, 'slaWarning'>;
      signals?: TicketSignals;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<number> {
    const { db } = this.deps;
    const now = (this.deps.now ?? (() => new Date()))();
    const rules = ruleSetAt(now, this.deps.timeZone, this.deps.ruleSets);
    const tickets = await ticketsWithRunningClocks(db, {
      targets: slaTargetsOf(rules),
    });
    const due = tickets.flatMap(ticket =>
      dueWarnings(ticket, now, rules, this.deps.fractions),
    );
    let sent = 0;
    for (const { send: warning, overtaken } of latestWarnings(due)) {
      const key = keyOf(warning);
      // Claim the warning first: a replica sweeping at the same moment finds it taken. It is sent
      // after the claim is committed (no transaction held open over a network call), and the
      // claim is given back if sending fails, so the next tick tries again. A level claimed
      // before (sent, or this replica lost the race) still overtakes the lower ones left.
      if (await claimSlaWarning(db, { ...key, sentAt: now.getTime() })) {
        try {
          await this.notify(warning);
        } catch (error) {
          await releaseSlaWarning(db, key);
          throw error;
        }
        sent += 1;
      }
      // Only once the level above went out: a crash before this leaves them to the next tick.
      await recordSupersededWarnings(db, {
        keys: overtaken.map(keyOf),
        supersededBy: warning.level,
        at: now.getTime(),
      });
    }
    if (sent) this.deps.logger.info(`Sent ${sent} SLA warnings`);
    return sent;
  }

  private async notify(warning: DueWarning) {
    await this.deps.notifier.slaWarning(warning);
    await this.deps.signals?.changed(warning.ticket, {
      sla: warning.clock.kind,
      level: warning.level,
    });
  }
}

function keyOf(warning: DueWarning): SlaWarningKey {
  return {
    ticketId: warning.ticket.id,
    clock: warning.clock.kind,
    level: warning.level,
  };
}
