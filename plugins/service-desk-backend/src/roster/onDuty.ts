import {
  RosterChange,
  RosterSlotRef,
  RosterStint,
} from '@internal/plugin-service-desk-common';
import { SlotWindow } from './deskHours';

const sameSlot = (a: RosterSlotRef, b?: RosterSlotRef) =>
  !!b && a.date === b.date && a.kind === b.kind;

/**
 * Who is on duty across a slot: the planned holder, except where an approved change hands (part
 * of) it to someone else. A swap hands the holder's slot to the replacement and the
 * replacement's `swapWith` slot to the holder.
 */
export function onDutyAcross(
  slot: SlotWindow,
  holder: string,
  changes: RosterChange[],
): RosterStint[] {
  const handovers = changes
    .filter(c => c.status === 'approved')
    .flatMap(c => {
      if (sameSlot(slot, c))
        return [
          {
            userRef: c.replacement,
            start: c.start,
            end: c.end,
            changeId: c.id,
          },
        ];
      if (sameSlot(slot, c.swapWith))
        return [
          {
            userRef: c.holder,
            start: slot.start,
            end: slot.end,
            changeId: c.id,
          },
        ];
      return [];
    })
    .map(h => ({
      ...h,
      start: h.start < slot.start ? slot.start : h.start,
      end: h.end > slot.end ? slot.end : h.end,
    }))
    .filter(h => h.start < h.end)
    .sort((a, b) => a.start.localeCompare(b.start));

  const stints: RosterStint[] = [];
  let cursor = slot.start;
  for (const h of handovers) {
    // Approved changes never overlap (the roster refuses that), so each starts at or after the cursor.
    if (h.start > cursor)
      stints.push({ userRef: holder, start: cursor, end: h.start });
    stints.push(h);
    cursor = h.end;
  }
  if (cursor < slot.end)
    stints.push({ userRef: holder, start: cursor, end: slot.end });
  return stints;
}

/** Whether two stretches of time share an instant. */
export function overlaps(
  a: { start: string; end: string },
  b: { start: string; end: string },
): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a change takes any part of a slot, directly or as the slot given in a swap. */
export function touchesSlot(
  change: RosterChange,
  slot: RosterSlotRef,
): boolean {
  return sameSlot(slot, change) || sameSlot(slot, change.swapWith);
}
