import {
  RosterSlot,
  RosterSlotRef,
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
