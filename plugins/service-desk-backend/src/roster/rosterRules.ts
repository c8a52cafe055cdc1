import { ConflictError, InputError } from '@backstage/errors';
import {
  RosterChange,
  RosterChangeInput,
  RosterPlanInput,
  RosterSlotRef,
  ShiftKind,
} from '@internal/plugin-service-desk-common';
import { SlotWindow } from './deskHours';
import { overlaps, touchesSlot } from './onDuty';

const label = (s: RosterSlotRef) => `${s.date} ${s.kind}`;
const key = (s: RosterSlotRef) => `${s.date}/${s.kind}`;

/** What the rules need to know about the roster as it stands. */
export interface RosterState {
  now: string;
  /** The people each kind of slot may go to. */
  eligible: Record<ShiftKind, string[]>;
  /** Planned holders by `date/kind`. */
  holders: Map<string, string>;
  /** Pending and approved changes touching the slots concerned. */
  changes: RosterChange[];
}

/**
 * A plan must leave no slot of its range empty (§8.6 (3): 防止空岗) and may only put eligible
 * people on a slot. A slot that has begun, or that has changes, keeps its holder: those are
 * history the scorecard and the covers rely on.
 */
export function checkPlan(
  plan: RosterPlanInput,
  slots: SlotWindow[],
  state: RosterState,
): void {
  const wanted = new Map(slots.map(s => [key(s), s]));
  const given = new Map<string, string>();
  const errors: string[] = [];
  plan.assignments.forEach((a, i) => {
    if (!wanted.has(key(a))) {
      errors.push(
        `assignments[${i}]: ${label(a)} is not a slot of ${plan.from}..${
          plan.to
        }${
          a.kind === 'desk' && a.date >= plan.from && a.date <= plan.to
            ? ' (the desk is closed that day)'
            : ''
        }`,
      );
    } else if (given.has(key(a))) {
      errors.push(`assignments[${i}]: ${label(a)} is assigned twice`);
    } else if (!state.eligible[a.kind].includes(a.holder)) {
      errors.push(
        `assignments[${i}]: ${a.holder} may not hold a ${a.kind} slot`,
      );
    }
    given.set(key(a), a.holder);
  });
  const empty = slots.filter(s => !given.has(key(s)));
  if (empty.length)
    errors.push(
      `nobody is on ${empty
        .map(label)
        .join(', ')}: a plan leaves no slot empty`,
    );
  if (errors.length)
    throw new InputError(`the plan was not saved: ${errors.join('; ')}`);

  const frozen = slots.filter(s => {
    const before = state.holders.get(key(s));
    if (before === undefined || before === given.get(key(s))) return false;
    return (
      s.start <= state.now ||
      state.changes.some(c => c.status !== 'rejected' && touchesSlot(c, s))
    );
  });
  if (frozen.length) {
    throw new ConflictError(
      `the plan was not saved: ${frozen
        .map(label)
        .join(', ')} already began or has covers or swaps; ` +
        'change them through a cover or a swap',
    );
  }
}

/** A requested change, checked and completed with its times and whether it needs approval. */
export interface CheckedChange {
  holder: string;
  start: string;
  end: string;
  needsApproval: boolean;
}

/**
 * A cover or swap must hand the slot to an eligible other person, inside the slot, in the
 * future, without overlapping another change; one of half a day or more waits for the IT
 * department manager (§8.6 (1)), a shorter one the lead arranges alone (§8.6 (3)).
 */
export function checkChange(
  input: RosterChangeInput,
  slot: SlotWindow | undefined,
  swapWith: SlotWindow | undefined,
  state: RosterState,
  halfDayMs: number,
): CheckedChange {
  if (!slot)
    throw new InputError(
      `${label(input)} is not a slot: the desk is closed that day`,
    );
  const holder = state.holders.get(key(slot));
  if (!holder)
    throw new ConflictError(`${label(slot)} is not planned yet; plan it first`);
  const start = input.start ? new Date(input.start).toISOString() : slot.start;
  const end = input.end ? new Date(input.end).toISOString() : slot.end;
  if (start < slot.start || end > slot.end) {
    throw new InputError(
      `start, end: the change must lie within ${label(slot)} (${
        slot.start
      } to ${slot.end})`,
    );
  }
  if (end <= state.now)
    throw new ConflictError(`${label(slot)}: that stretch is already over`);
  if (input.replacement === holder)
    throw new InputError(`replacement: ${holder} already holds ${label(slot)}`);
  if (!state.eligible[slot.kind].includes(input.replacement)) {
    throw new InputError(
      `replacement: ${input.replacement} may not hold a ${slot.kind} slot`,
    );
  }
  // A swap takes the whole slot given in return; a change takes its own stretch of its slot.
  const taken = (s: SlotWindow, from: string, to: string) =>
    state.changes.some(
      c =>
        c.status !== 'rejected' &&
        touchesSlot(c, s) &&
        (key(c) !== key(s) || overlaps(c, { start: from, end: to })),
    );
  if (taken(slot, start, end)) {
    throw new ConflictError(
      `${label(
        slot,
      )} already has a cover or swap at that time; refuse or wait for it first`,
    );
  }
  let needsApproval = Date.parse(end) - Date.parse(start) >= halfDayMs;
  if (input.type === 'swap') {
    if (!swapWith)
      throw new InputError(
        `swapWith: ${label(
          input.swapWith!,
        )} is not a slot: the desk is closed that day`,
      );
    if (key(swapWith) === key(slot))
      throw new InputError('swapWith: a slot cannot be swapped with itself');
    if (state.holders.get(key(swapWith)) !== input.replacement) {
      throw new InputError(
        `swapWith: ${label(swapWith)} is not held by ${input.replacement}`,
      );
    }
    if (!state.eligible[swapWith.kind].includes(holder)) {
      throw new InputError(
        `swapWith: ${holder} may not hold a ${swapWith.kind} slot`,
      );
    }
    if (swapWith.start <= state.now)
      throw new ConflictError(`swapWith: ${label(swapWith)} already began`);
    if (taken(swapWith, swapWith.start, swapWith.end)) {
      throw new ConflictError(
        `swapWith: ${label(swapWith)} already has a cover or swap`,
      );
    }
    needsApproval ||=
      Date.parse(swapWith.end) - Date.parse(swapWith.start) >= halfDayMs;
  }
  return { holder, start, end, needsApproval };
}
