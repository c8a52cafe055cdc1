import type { RosterSlotRef, ShiftKind } from '../roster';
import {
  DutyInterval,
  RestRule,
  restViolations,
  slotKey,
  violationTouches,
} from './restRule';

/** A slot to fill: its date, kind and hours (UTC instants). */
export interface OpenSlot extends RosterSlotRef {
  start: string;
  end: string;
}

/** Someone's duty that stays as it is while the open slots are filled. */
export interface FixedDuty extends DutyInterval {
  userRef: string;
}

export interface Rotation {
  /** The holder of each open slot by `date/kind`; '' where nobody fits. */
  holders: Record<string, string>;
  /** The slots nobody could take without breaking the rest rule (or nobody may hold). */
  unfilled: RosterSlotRef[];
}

/**
 * Fill-by-rotation: the open slots in time order, each kind cycling through its own people so
 * desk and duty each rotate evenly. Whoever's turn it is but would break the rest rule (with the
 * duty that stays and the slots given so far) is passed over for the next in turn; when nobody
 * fits, the slot is left open for the lead to settle.
 */
export function fillByRotation(
  open: OpenSlot[],
  eligible: Record<ShiftKind, string[]>,
  fixed: FixedDuty[],
  rule: RestRule,
): Rotation {
  const duty = new Map<string, DutyInterval[]>();
  for (const { userRef, ...interval } of fixed)
    duty.set(userRef, [...(duty.get(userRef) ?? []), interval]);
  const turn: Record<ShiftKind, number> = { desk: 0, duty: 0 };
  const holders: Record<string, string> = {};
  const unfilled: RosterSlotRef[] = [];
  const sorted = [...open].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
  for (const s of sorted) {
    const people = eligible[s.kind];
    const interval = {
      start: s.start,
      end: s.end,
      slot: { date: s.date, kind: s.kind },
    };
    const here = new Set([slotKey(s)]);
    const k = people.findIndex((_p, i) => {
      const person = people[(turn[s.kind] + i) % people.length];
      const theirs = [...(duty.get(person) ?? []), interval];
      return !restViolations(theirs, rule).some(v => violationTouches(v, here));
    });
    if (k < 0) {
      holders[slotKey(s)] = '';
      unfilled.push({ date: s.date, kind: s.kind });
      continue;
    }
    const person = people[(turn[s.kind] + k) % people.length];
    turn[s.kind] += k + 1;
    duty.set(person, [...(duty.get(person) ?? []), interval]);
    holders[slotKey(s)] = person;
  }
  return { holders, unfilled };
}
