import { Ticket } from './types';

/** Service-level targets of SPEC §5 (the year's rule set supplies them; these are §7.1's). */
export interface SlaTargets {
  emergencyResponseMinutes: number;
  emergencyCloseMinutes: number;
  timelyHandlingMinutes: number;
}

export const REGULATION_SLA_TARGETS: SlaTargets = {
  emergencyResponseMinutes: 15,
  emergencyCloseMinutes: 60,
  timelyHandlingMinutes: 60,
};

/** The SLA targets of a year's rule set (§7.4). */
export function slaTargetsOf(rules: { targets: SlaTargets }): SlaTargets {
  return {
    emergencyResponseMinutes: rules.targets.emergencyResponseMinutes,
    emergencyCloseMinutes: rules.targets.emergencyCloseMinutes,
    timelyHandlingMinutes: rules.targets.timelyHandlingMinutes,
  };
}

export type SlaClockKind = 'emergencyResponse' | 'emergencyClose' | 'timelyHandling';

export interface SlaClock {
  kind: SlaClockKind;
  startedAt: string;
  deadline: string;
  /** When the clock stopped (the measured event happened); absent while it runs. */
  stoppedAt?: string;
  /** Time left at `now` (negative when overdue); for a stopped clock, left at the stop. */
  remainingMs: number;
  breached: boolean;
}

type ClockTicket = Pick<
  Ticket,
  'emergency' | 'occurredAt' | 'acceptedAt' | 'notifiedAt' | 'closedAt'
> & { handedOverAt?: string };

/**
 * The SLA clocks of a ticket (SPEC §5): emergency response runs from occurred-at until the desk
 * notified the responsible people; emergency close from acceptance until close; timely handling
 * from acceptance until close or the hand-over to a PM, whichever is first.
 */
export function slaClocks(ticket: ClockTicket, now: Date, targets: SlaTargets): SlaClock[] {
  const clock = (
    kind: SlaClockKind,
    start: string,
    minutes: number,
    stop: string | undefined,
  ): SlaClock => {
    const deadline = Date.parse(start) + minutes * 60_000;
    const at = stop ? Date.parse(stop) : now.getTime();
    return {
      kind,
      startedAt: start,
      deadline: new Date(deadline).toISOString(),
      stoppedAt: stop,
      remainingMs: deadline - at,
      // Emergencies: "≤ 15 / 60 min" is met at the minute; timely handling must be under 1 h.
      breached: kind === 'timelyHandling' ? at >= deadline : at > deadline,
    };
  };
  const firstOf = (...isos: Array<string | undefined>) =>
    isos.filter((x): x is string => !!x).sort()[0];
  const clocks = [
    clock(
      'timelyHandling',
      ticket.acceptedAt,
      targets.timelyHandlingMinutes,
      firstOf(ticket.closedAt, ticket.handedOverAt),
    ),
  ];
  if (ticket.emergency) {
    clocks.unshift(
      clock(
        'emergencyResponse',
        ticket.occurredAt ?? ticket.acceptedAt,
        targets.emergencyResponseMinutes,
        ticket.notifiedAt,
      ),
      clock('emergencyClose', ticket.acceptedAt, targets.emergencyCloseMinutes, ticket.closedAt),
    );
  }
  return clocks;
}
