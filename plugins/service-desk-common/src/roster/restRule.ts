import type { RosterSlotRef } from '../roster';

/**
 * The roster's rest rule: how long one person may be on duty in a row, and how long they rest
 * between two stretches. A single slot is never too long by itself: its length is what the desk
 * hours of §8.6 make it (a day off's duty runs 24 hours); the rule keeps the roster from chaining
 * slots, or a slot and a cover, into longer stretches.
 */
export interface RestRule {
  maxContinuousHours: number;
  minRestHours: number;
}

/** One stretch of time a person is on duty, and the slot it belongs to (UTC instants). */
export interface DutyInterval {
  start: string;
  end: string;
  slot: RosterSlotRef;
}

/** Duty without a break: adjacent or overlapping intervals merged. */
export interface DutyStretch {
  start: string;
  end: string;
  hours: number;
  /** The slots it is made of, in time order, each once. */
  slots: RosterSlotRef[];
}

export interface RestViolation {
  /** `continuous`: a stretch longer than allowed; `rest`: too short a break between two. */
  rule: 'continuous' | 'rest';
  /** The stretch, or the break (from the end of one stretch to the start of the next). */
  start: string;
  end: string;
  hours: number;
  limit: number;
  /** The slots concerned: the whole stretch, or the slots either side of the break. */
  slots: RosterSlotRef[];
}

const HOUR = 3_600_000;
const hoursBetween = (start: string, end: string) =>
  (Date.parse(end) - Date.parse(start)) / HOUR;
/** A slot's key, `date/kind`: the form of the keys `violationTouches` takes. */
export const slotKey = (s: { date: string; kind: string }) =>
  `${s.date}/${s.kind}`;

/** The stretches of one person's duty intervals (in any order), in time order. */
export function dutyStretches(intervals: DutyInterval[]): DutyStretch[] {
  // Instants are compared as numbers: stints come as `…Z` and `…+08:00` alike.
  const sorted = [...intervals]
    .filter(i => Date.parse(i.end) > Date.parse(i.start))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const stretches: DutyStretch[] = [];
  for (const i of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && Date.parse(i.start) <= Date.parse(last.end)) {
      if (Date.parse(i.end) > Date.parse(last.end)) last.end = i.end;
      if (!last.slots.some(s => slotKey(s) === slotKey(i.slot)))
        last.slots.push(i.slot);
    } else {
      stretches.push({ start: i.start, end: i.end, hours: 0, slots: [i.slot] });
    }
  }
  return stretches.map(s => ({ ...s, hours: hoursBetween(s.start, s.end) }));
}

/**
 * Where one person's duty breaks the rule. A break inside one slot (its holder relieved for part
 * of it by a cover) is not a rest: the holder was planned for the whole slot anyway.
 */
export function restViolations(
  intervals: DutyInterval[],
  rule: RestRule,
): RestViolation[] {
  const stretches = dutyStretches(intervals);
  const violations: RestViolation[] = [];
  stretches.forEach((s, i) => {
    if (s.slots.length > 1 && s.hours > rule.maxContinuousHours) {
      violations.push({
        rule: 'continuous',
        start: s.start,
        end: s.end,
        hours: s.hours,
        limit: rule.maxContinuousHours,
        slots: s.slots,
      });
    }
    const next = stretches[i + 1];
    if (!next) return;
    const before = s.slots[s.slots.length - 1];
    const after = next.slots[0];
    const rest = hoursBetween(s.end, next.start);
    if (slotKey(before) !== slotKey(after) && rest < rule.minRestHours) {
      violations.push({
        rule: 'rest',
        start: s.end,
        end: next.start,
        hours: rest,
        limit: rule.minRestHours,
        slots: [before, after],
      });
    }
  });
  return violations;
}

/** What a stretch of duty means for its person: how long in a row, and the rest either side. */
export interface RestAround {
  continuousHours: number;
  /** Hours off duty before and after the stretch; absent when no other duty is known. */
  restBeforeHours?: number;
  restAfterHours?: number;
}

/** The stretch holding `at` (an instant of the person's duty) and the breaks either side of it. */
export function restAround(
  intervals: DutyInterval[],
  at: string,
): RestAround | undefined {
  const stretches = dutyStretches(intervals);
  const t = Date.parse(at);
  const i = stretches.findIndex(
    s => Date.parse(s.start) <= t && t < Date.parse(s.end),
  );
  if (i < 0) return undefined;
  const s = stretches[i];
  const prev = stretches[i - 1];
  const next = stretches[i + 1];
  return {
    continuousHours: s.hours,
    ...(prev ? { restBeforeHours: hoursBetween(prev.end, s.start) } : {}),
    ...(next ? { restAfterHours: hoursBetween(s.end, next.start) } : {}),
  };
}

/** Whether a violation concerns one of the given slots (`date/kind` keys). */
export function violationTouches(
  violation: RestViolation,
  slotKeys: Set<string>,
): boolean {
  return violation.slots.some(s => slotKeys.has(slotKey(s)));
}

/** Hours as people read them: whole hours, or one decimal when needed (14.5). */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
