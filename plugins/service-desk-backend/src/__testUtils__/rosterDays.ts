import { RosterView } from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { DeskSender } from './deskApi';
import { serviceDeskTestConfig } from './serviceDeskTestConfig';

/** The local date `days` ahead in the desk's time zone: far enough, every slot is in the future. */
export function dayAhead(days: number): string {
  return DateTime.now()
    .setZone(serviceDeskTestConfig().timeZone)
    .plus({ days })
    .toISODate()!;
}

/** The lead's plan for the dates: the agent on every desk slot, the duty officer on every duty slot. */
export async function planOf(
  lead: DeskSender,
  from: string,
  to: string,
  holders: { desk: string; duty: string },
) {
  const view: RosterView = (
    await lead.get(`/roster?from=${from}&to=${to}`).expect(200)
  ).body;
  const assignments = view.slots.map(s => ({
    date: s.date,
    kind: s.kind,
    holder: holders[s.kind],
  }));
  return { from, to, assignments };
}
