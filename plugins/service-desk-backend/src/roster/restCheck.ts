import {
  DutyInterval,
  PersonRest,
  RestRule,
  RestViolation,
  RosterChange,
  RosterSlotRef,
  formatHours,
  restAround,
  restViolations,
  slotKey,
  violationTouches,
} from '@internal/plugin-service-desk-common';
import { SlotWindow } from './deskHours';
import { onDutyAcross, touchesSlot } from './onDuty';

/** A break of the rest rule by one person. */
export interface RestBreach extends RestViolation {
  userRef: string;
}

/** Who is on duty when across the slots, from their holders and the approved changes. */
export function stintsOf(
  windows: SlotWindow[],
  holders: Map<string, string>,
  changes: RosterChange[],
): Array<DutyInterval & { userRef: string }> {
  const approved = changes.filter(c => c.status === 'approved');
  return windows.flatMap(w => {
    const holder = holders.get(slotKey(w));
    if (!holder) return [];
    const slot = { date: w.date, kind: w.kind };
    const mine = approved.filter(c => touchesSlot(c, w));
    return onDutyAcross(w, holder, mine).map(s => ({
      userRef: s.userRef,
      start: s.start,
      end: s.end,
      slot,
    }));
  });
}

/** The duty of each person across the slots. */
export function dutyByPerson(
  windows: SlotWindow[],
  holders: Map<string, string>,
  changes: RosterChange[],
): Map<string, DutyInterval[]> {
  const duty = new Map<string, DutyInterval[]>();
  for (const { userRef, ...interval } of stintsOf(windows, holders, changes)) {
    duty.set(userRef, [...(duty.get(userRef) ?? []), interval]);
  }
  return duty;
}

/**
 * The breaks of the rule by people taking on slots: `gains` names, per person, the slots they
 * newly get. A break elsewhere in the roster is not theirs to answer for.
 */
export function restBreaches(
  duty: Map<string, DutyInterval[]>,
  rule: RestRule,
  gains: Map<string, Set<string>>,
): RestBreach[] {
  return [...gains].flatMap(([userRef, slots]) =>
    restViolations(duty.get(userRef) ?? [], rule)
      .filter(v => violationTouches(v, slots))
      .map(v => ({ userRef, ...v })),
  );
}

/** The slots each person newly takes through a change: the replacement its slot, a swap's holder the slot in return. */
export function gainsOf(change: {
  date: string;
  kind: RosterSlotRef['kind'];
  holder: string;
  replacement: string;
  swapWith?: RosterSlotRef;
}): Map<string, Set<string>> {
  const gains = new Map([[change.replacement, new Set([slotKey(change)])]]);
  if (change.swapWith)
    gains.set(change.holder, new Set([slotKey(change.swapWith)]));
  return gains;
}

/** What the approval card shows of a change: each person's stretch through it and their rest. */
export function restOfChange(
  change: RosterChange,
  duty: Map<string, DutyInterval[]>,
  rule: RestRule,
  swapWith?: SlotWindow,
): PersonRest[] {
  const breaches = restBreaches(duty, rule, gainsOf(change));
  const focus: Array<[string, string]> = [[change.replacement, change.start]];
  if (swapWith) focus.push([change.holder, swapWith.start]);
  return focus.map(([userRef, at]) => ({
    userRef,
    ...(restAround(duty.get(userRef) ?? [], at) ?? { continuousHours: 0 }),
    violations: breaches
      .filter(b => b.userRef === userRef)
      .map(({ userRef: _who, ...v }) => v),
  }));
}

/** The refusal people read: who, which slots, how many hours against which limit. */
export function describeBreaches(breaches: RestBreach[]): string {
  return breaches
    .map(b => {
      const slots = b.slots.map(s => `${s.date} ${s.kind}`).join(', ');
      const hours = formatHours(b.hours);
      return b.rule === 'continuous'
        ? `${b.userRef} would be on duty ${hours} h in a row (${slots}; ${b.start} to ${b.end}), more than the ${b.limit} h the rest rule allows`
        : `${b.userRef} would rest only ${hours} h between ${slots} (${b.start} to ${b.end}), less than the ${b.limit} h the rest rule asks`;
    })
    .join('; ');
}
