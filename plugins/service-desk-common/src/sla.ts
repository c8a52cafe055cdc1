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

export type SlaClockKind =
  | 'emergencyResponse'
  | 'emergencyClose'
  | 'timelyHandling';

/** A time of a ticket that starts or stops a clock (a column of the same name in the store). */
export type SlaClockTime =
  | 'occurredAt'
  | 'acceptedAt'
  | 'notifiedAt'
  | 'handedOverAt'
  | 'closedAt';

/**
 * One SLA clock of SPEC §5, declared once: the TypeScript below and the backend's SQL are both
 * read off it, so the ticket page, the deadline sort, the sweep and the scorecards agree.
 */
export interface SlaClockDefinition {
  kind: SlaClockKind;
  emergencyOnly: boolean;
  /** It starts at the first of these the ticket has; acceptance, always recorded, comes last. */
  startsAt: readonly SlaClockTime[];
  /** It stops at the earliest of these; one with an option counts only where the rule set sets it. */
  stopsAt: ReadonlyArray<{
    time: SlaClockTime;
    option?: 'dispatchCountsAsNotification';
  }>;
  /** The target holding its allowed minutes. */
  limit:
    | 'emergencyResponseMinutes'
    | 'emergencyCloseMinutes'
    | 'timelyHandlingMinutes';
  /** Emergencies' "≤ 15 / 60 min" is met at the minute; timely handling must be under 1 h. */
  metAtDeadline: boolean;
}

/**
 * Response runs from occurred-at (or, while the desk recorded none, from reaching the desk: a
 * reporter's claim feeds no figure) until the desk's recorded notification of the people
 * concerned (§7.3(2)); a dispatch stops it only where the rule set says a dispatch counts.
 */
export const EMERGENCY_RESPONSE_CLOCK: SlaClockDefinition = {
  kind: 'emergencyResponse',
  emergencyOnly: true,
  startsAt: ['occurredAt', 'acceptedAt'],
  stopsAt: [
    { time: 'notifiedAt' },
    { time: 'handedOverAt', option: 'dispatchCountsAsNotification' },
  ],
  limit: 'emergencyResponseMinutes',
  metAtDeadline: true,
};

export const EMERGENCY_CLOSE_CLOCK: SlaClockDefinition = {
  kind: 'emergencyClose',
  emergencyOnly: true,
  startsAt: ['acceptedAt'],
  stopsAt: [{ time: 'closedAt' }],
  limit: 'emergencyCloseMinutes',
  metAtDeadline: true,
};

/** Timely handling (§7.4 item 2): from acceptance to the close or the hand-over to a PM. */
export const TIMELY_HANDLING_CLOCK: SlaClockDefinition = {
  kind: 'timelyHandling',
  emergencyOnly: false,
  startsAt: ['acceptedAt'],
  stopsAt: [{ time: 'closedAt' }, { time: 'handedOverAt' }],
  limit: 'timelyHandlingMinutes',
  metAtDeadline: false,
};

/** Every clock, in the order `slaClocks` lists them. */
export const SLA_CLOCKS: readonly SlaClockDefinition[] = [
  EMERGENCY_RESPONSE_CLOCK,
  EMERGENCY_CLOSE_CLOCK,
  TIMELY_HANDLING_CLOCK,
];

type ClockTimes = { acceptedAt: string } & Partial<
  Record<SlaClockTime, string>
>;

/** The times that stop a clock under a rule set's options. */
export function clockStops(
  clock: SlaClockDefinition,
  options: Pick<SlaTargets, 'dispatchCountsAsNotification'>,
): SlaClockTime[] {
  return clock.stopsAt
    .filter(stop => !stop.option || options[stop.option])
    .map(stop => stop.time);
}

/** When a clock started on a ticket. */
export function clockStart(
  clock: SlaClockDefinition,
  ticket: ClockTimes,
): string {
  const first = clock.startsAt.map(time => ticket[time]).find(Boolean);
  return first ?? ticket.acceptedAt;
}

/** When a clock stopped on a ticket; undefined while it runs. */
export function clockStop(
  clock: SlaClockDefinition,
  ticket: Partial<Record<SlaClockTime, string>>,
  options: Pick<SlaTargets, 'dispatchCountsAsNotification'>,
): string | undefined {
  return clockStops(clock, options)
    .map(time => ticket[time])
    .filter((x): x is string => !!x)
    .sort()[0];
}

/** When an emergency's response clock starts (see {@link EMERGENCY_RESPONSE_CLOCK}). */
export function responseStart(ticket: {
  occurredAt?: string;
  acceptedAt: string;
}): string {
  return clockStart(EMERGENCY_RESPONSE_CLOCK, ticket);
}

/** When an emergency's response clock stops (see {@link EMERGENCY_RESPONSE_CLOCK}). */
export function responseStop(
  ticket: { notifiedAt?: string; handedOverAt?: string },
  dispatchCountsAsNotification: boolean,
): string | undefined {
  return clockStop(EMERGENCY_RESPONSE_CLOCK, ticket, {
    dispatchCountsAsNotification,
  });
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
  const minutes = (clock: SlaClockDefinition) => {
    const stop = clockStop(clock, ticket, { dispatchCountsAsNotification });
    const until = stop ? Date.parse(stop) : asOf.getTime();
    return (until - Date.parse(clockStart(clock, ticket))) / 60_000;
  };
  return {
    responseMinutes: minutes(EMERGENCY_RESPONSE_CLOCK),
    closeMinutes: minutes(EMERGENCY_CLOSE_CLOCK),
  };
}

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

/** The SLA clocks of a ticket (SPEC §5), as {@link SLA_CLOCKS} declares them. */
export function slaClocks(
  ticket: ClockTicket,
  now: Date,
  targets: SlaTargets,
): SlaClock[] {
  return SLA_CLOCKS.filter(
    clock => ticket.emergency || !clock.emergencyOnly,
  ).map((clock): SlaClock => {
    const start = clockStart(clock, ticket);
    const stop = clockStop(clock, ticket, targets);
    const deadline = Date.parse(start) + targets[clock.limit] * 60_000;
    const at = stop ? Date.parse(stop) : now.getTime();
    return {
      kind: clock.kind,
      startedAt: start,
      deadline: new Date(deadline).toISOString(),
      stoppedAt: stop,
      remainingMs: deadline - at,
      breached: clock.metAtDeadline ? at > deadline : at >= deadline,
    };
  });
}
