import { z } from 'zod';
import { storableString, userRefSchema } from './validation';
import type { RestAround, RestRule, RestViolation } from './roster/restRule';

/**
 * The duty roster (§8.6). Each local date has a desk slot on the desk's working days (the desk
 * specialists' hours) and a duty slot (the duty officers' stretch from the desk's close, or from
 * the day's opening hour on a day off, to the next day's opening hour), so the slots of
 * consecutive days cover every hour (§4: 7×24).
 */
export const SHIFT_KINDS = ['desk', 'duty'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

/** A change to a planned slot: a cover for a temporary absence, or a swap of two people's slots. */
export const ROSTER_CHANGE_TYPES = ['cover', 'swap'] as const;
export type RosterChangeType = (typeof ROSTER_CHANGE_TYPES)[number];

/** Changes of half a day or more wait for the IT department manager (§8.6 (1)). */
export const ROSTER_CHANGE_STATUSES = [
  'pending',
  'approved',
  'rejected',
] as const;
export type RosterChangeStatus = (typeof ROSTER_CHANGE_STATUSES)[number];

export interface RosterSlotRef {
  /** The local date (yyyy-MM-dd) in the desk's time zone. */
  date: string;
  kind: ShiftKind;
}

export interface RosterChange extends RosterSlotRef {
  id: string;
  type: RosterChangeType;
  /** The stretch of the slot the change covers (UTC instants). */
  start: string;
  end: string;
  /** Who leaves the slot, and who takes it over. */
  holder: string;
  replacement: string;
  /** For a swap: the replacement's own slot, which the holder takes in return. */
  swapWith?: RosterSlotRef;
  reason: string;
  status: RosterChangeStatus;
  /** Whether the change is half a day or more and so needs the manager's approval. */
  needsApproval: boolean;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionNote?: string;
  /**
   * For a change waiting for approval: the rest each person would get if it were approved, and
   * any break of the rest rule (the roster changed since it was asked), for the manager's card.
   */
  rest?: PersonRest[];
}

/** The stretch of duty a person takes through a change, as the approval card shows it. */
export interface PersonRest extends RestAround {
  userRef: string;
  violations: RestViolation[];
}

/** Someone on duty for a stretch of a slot outside a view, next to its first or last day. */
export interface AdjacentStint extends RosterSlotRef {
  userRef: string;
  start: string;
  end: string;
}

/** Someone on duty for a stretch of a slot. */
export interface RosterStint {
  userRef: string;
  start: string;
  end: string;
  /** Set when the person covers or swaps in through this change. */
  changeId?: string;
}

export interface RosterSlot extends RosterSlotRef {
  start: string;
  end: string;
  /** The planned holder; absent while the lead has not planned the slot yet. */
  holder?: string;
  plannedBy?: string;
  plannedAt?: string;
  /** Who is on duty across the slot once approved changes apply, in time order. */
  onDuty: RosterStint[];
  /** Every change asked for on this slot (or swapping into it), pending ones included. */
  changes: RosterChange[];
}

export interface RosterView {
  from: string;
  to: string;
  timeZone: string;
  slots: RosterSlot[];
  /** The people the lead may put on each kind of slot. */
  eligible: Record<ShiftKind, string[]>;
  /** The rest rule in force, so the lead's screen can check a plan before sending it. */
  rest: RestRule;
  /**
   * Who is on duty in the days just before and after the view: a stretch may run across its
   * edge, so the rest rule needs them too.
   */
  adjacent: AdjacentStint[];
  /**
   * The dates of the view the holiday calendar knows nothing about (neither the built-in
   * calendar nor the configured holidays): their statutory holidays and 调休 working days are
   * unknown, so they are laid out as ordinary weekdays and weekends.
   */
  calendarGaps: Array<{ from: string; to: string }>;
}

/** The shift on now (or next), with who is on duty; `planned` is false when nobody planned it. */
export interface RosterNow {
  current: OnDutyShift;
  next: OnDutyShift;
}

export interface OnDutyShift extends RosterSlotRef {
  start: string;
  end: string;
  people: string[];
  planned: boolean;
}

// Bounded like the statistics' years: the slots of a date past 9999-12-31 are never reached, so a
// range ending there would be laid out forever.
const localDate = z.iso
  .date({ message: 'must be a date yyyy-MM-dd' })
  .refine(
    d => d >= '2000-01-01' && d <= '2100-12-31',
    'must lie in the years 2000 to 2100',
  );
const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date-time with a time zone',
});
const slotRefSchema = z
  .object({ date: localDate, kind: z.enum(SHIFT_KINDS) })
  .strict();

/** At most two months in one view or one plan: a month view plus its neighbouring week days. */
export const MAX_ROSTER_DAYS = 62;

export const rosterRangeSchema = z
  .object({ from: localDate, to: localDate })
  .strict()
  .refine(r => r.from <= r.to, { path: ['to'], message: 'is before from' })
  .refine(r => daysBetween(r.from, r.to) < MAX_ROSTER_DAYS, {
    path: ['to'],
    message: `the range may span at most ${MAX_ROSTER_DAYS} days`,
  });

/** The lead's plan for a range of dates: every slot of the range gets a holder. */
export const rosterPlanSchema = z
  .object({
    from: localDate,
    to: localDate,
    assignments: z
      .array(slotRefSchema.extend({ holder: userRefSchema }).strict())
      .min(1)
      .max(MAX_ROSTER_DAYS * 2),
  })
  .strict()
  .refine(r => r.from <= r.to, { path: ['to'], message: 'is before from' })
  .refine(r => daysBetween(r.from, r.to) < MAX_ROSTER_DAYS, {
    path: ['to'],
    message: `a plan may span at most ${MAX_ROSTER_DAYS} days`,
  });
export type RosterPlanInput = z.infer<typeof rosterPlanSchema>;

/**
 * A change the lead asks for. Without `start`/`end` it covers the whole slot. A swap names the
 * replacement's own slot in `swapWith`, which then goes to the holder (whole slots only).
 */
export const rosterChangeSchema = z
  .object({
    date: localDate,
    kind: z.enum(SHIFT_KINDS),
    type: z.enum(ROSTER_CHANGE_TYPES),
    replacement: userRefSchema,
    start: instant.optional(),
    end: instant.optional(),
    swapWith: slotRefSchema.optional(),
    reason: storableString().trim().min(1, 'give the reason').max(500),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.type === 'swap' && !c.swapWith) {
      ctx.addIssue({
        code: 'custom',
        path: ['swapWith'],
        message: 'a swap names the slot given in return',
      });
    }
    if (c.type === 'cover' && c.swapWith) {
      ctx.addIssue({
        code: 'custom',
        path: ['swapWith'],
        message: 'only a swap gives a slot in return',
      });
    }
    if (c.type === 'swap' && (c.start || c.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'a swap exchanges whole slots',
      });
    }
    if (!c.start !== !c.end) {
      ctx.addIssue({
        code: 'custom',
        path: [c.start ? 'end' : 'start'],
        message: 'give both start and end, or neither',
      });
    }
    if (c.start && c.end && Date.parse(c.end) <= Date.parse(c.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is not after start',
      });
    }
  });
export type RosterChangeInput = z.infer<typeof rosterChangeSchema>;

export const rosterDecisionSchema = z
  .object({
    approve: z.boolean(),
    note: storableString().trim().max(500).optional(),
  })
  .strict();
export type RosterDecisionInput = z.infer<typeof rosterDecisionSchema>;

function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
      86_400_000,
  );
}
