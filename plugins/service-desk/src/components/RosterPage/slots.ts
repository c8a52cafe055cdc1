import {
  RosterSlot,
  RosterSlotRef,
  RosterView,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';

export const slotKey = (s: RosterSlotRef) => `${s.date}/${s.kind}`;

export function slotRefOf(key: string): RosterSlotRef {
  const [date, kind] = key.split('/');
  return { date, kind: kind as RosterSlotRef['kind'] };
}

export function indexSlots(slots: RosterSlot[]): Map<string, RosterSlot> {
  return new Map(slots.map(s => [slotKey(s), s]));
}

/**
 * Whether the lead may (re)plan the slot. An empty slot always may be filled; a planned one keeps
 * its holder once it has begun or has covers or swaps not refused (the backend answers 409).
 */
export function isPlannable(slot: RosterSlot): boolean {
  if (!slot.holder) return true;
  return (
    DateTime.fromISO(slot.start) > DateTime.now() &&
    slot.changes.every(c => c.status === 'rejected')
  );
}

/**
 * Holders for the given slots (in time order), cycling through the people eligible for each kind
 * separately, so desk and duty each rotate evenly. Slots of a kind nobody is eligible for stay empty.
 */
export function fillByRotation(
  slots: RosterSlot[],
  eligible: RosterView['eligible'],
): Record<string, string> {
  const turn = { desk: 0, duty: 0 };
  return Object.fromEntries(
    slots.map(s => {
      const people = eligible[s.kind];
      return [
        slotKey(s),
        people.length ? people[turn[s.kind]++ % people.length] : '',
      ];
    }),
  );
}
