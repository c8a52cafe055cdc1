import { Ticket } from './types';

/** Service-level targets of SPEC §5 (the year's rule set supplies them; these are §7.1's). */
export interface SlaTargets {
  emergencyResponseMinutes: number;
  emergencyCloseMinutes: number;
  timelyHandlingMinutes: number;
  /** The rule-set option that lets a dispatch stand for the desk's notification (SPEC §5). */
  dispatchCountsAsNotification: boolean;
}

export const REGULATION_SLA_TARGETS: SlaTargets = {
  emergencyResponseMinutes: 15,
  emergencyCloseMinutes: 60,
  timelyHandlingMinutes: 60,
  dispatchCountsAsNotification: false,
};

/** The SLA targets of a year's rule set (§7.4). */
export function slaTargetsOf(rules: {
  targets: Omit<SlaTargets, 'dispatchCountsAsNotification'>;
  options: { dispatchCountsAsNotification?: boolean };
}): SlaTargets {
  return {
    emergencyResponseMinutes: rules.targets.emergencyResponseMinutes,
    emergencyCloseMinutes: rules.targets.emergencyCloseMinutes,
    timelyHandlingMinutes: rules.targets.timelyHandlingMinutes,
    dispatchCountsAsNotification:
      rules.options.dispatchCountsAsNotification ?? false,
  };
}

/**
 * When an emergency's response clock starts (SPEC §5): the occurred-at the desk recorded, or,
 * while it has recorded none (a reporter's claim feeds no figure), when the emergency reached
 * the desk.
 */
export function responseStart(ticket: {
  occurredAt?: string;
  acceptedAt: string;
}): string {
  return ticket.occurredAt ?? ticket.acceptedAt;
}

/**
 * When an emergency's response clock stops: the desk's recorded notification of the people
 * concerned (§7.3(2)); the first dispatch only where the rule set says a dispatch counts.
 */
export function responseStop(
  ticket: { notifiedAt?: string; handedOverAt?: string },
  dispatchCountsAsNotification: boolean,
): string | undefined {
  const stops = [
    ticket.notifiedAt,
    dispatchCountsAsNotification ? ticket.handedOverAt : undefined,
  ].filter((x): x is string => !!x);
  return stops.sort()[0];
}

/**
 * An emergency's two measures in minutes (SPEC §5): response (notified − occurred) and close
 * (closed − reached the desk); a clock still running counts up to `asOf`.
 */
export function emergencyMinutes(
  ticket: {
    occurredAt?: string;
    acceptedAt: string;
    notifiedAt?: string;
    handedOverAt?: string;
    closedAt?: string;
  },
  dispatchCountsAsNotification: boolean,
  asOf: Date,
): { responseMinutes: number; closeMinutes: number } {
  const until = (iso: string | undefined) =>
    iso ? Date.parse(iso) : asOf.getTime();
  const stop = responseStop(ticket, dispatchCountsAsNotification);
  return {
    responseMinutes: (until(stop) - Date.parse(responseStart(ticket))) / 60_000,
    closeMinutes:
      (until(ticket.closedAt) - Date.parse(ticket.acceptedAt)) / 60_000,
  };
}

export type SlaClockKind =
  | 'emergencyResponse'
  | 'emergencyClose'
  | 'timelyHandling';

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
 * notified the responsible people ({@link responseStart}, {@link responseStop}); emergency close from acceptance until close; timely handling
 * from acceptance until close or the hand-over to a PM, whichever is first.
 */
export function slaClocks(
  ticket: ClockTicket,
  now: Date,
  targets: SlaTargets,
): SlaClock[] {
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
        responseStart(ticket),
        targets.emergencyResponseMinutes,
        responseStop(ticket, targets.dispatchCountsAsNotification),
      ),
      clock(
        'emergencyClose',
        ticket.acceptedAt,
        targets.emergencyCloseMinutes,
        ticket.closedAt,
      ),
    );
  }
  return clocks;
}
