import { RosterView } from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { DeskSeedingRoster } from '@internal/plugin-service-desk-backend/alpha';

const LEAD = 'user:default/wang.fang';
const DESK = ['user:default/li.na', 'user:default/zhao.lei'];
const DUTY = ['user:default/chen.jie', 'user:default/sun.li'];
const HOUR = 3_600_000;

/**
 * The demo roster: this month and the next planned by the lead in rotation, a two-hour cover
 * the lead arranged alone, and a swap waiting for the IT manager (§8.6). Planned only while
 * today's slots are empty, so a restart keeps what was planned and changed since.
 */
export async function loadDemoRoster(
  roster: DeskSeedingRoster,
  now: Date,
  timeZone: string,
): Promise<boolean> {
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  const from = today.startOf('month').toISODate()!;
  const to = today.plus({ months: 1 }).endOf('month').toISODate()!;
  const current = await roster.view(today.toISODate()!, today.toISODate()!);
  if (current.slots.some(s => s.holder)) return false;

  const empty = await roster.view(from, to);
  // People take turns slot by slot (not by day of the month: the 31st and the 1st would give
  // one duty officer two duties in a row, which the rest rule refuses).
  const turn = { desk: 0, duty: 0 };
  const assignments = empty.slots.map(s => ({
    date: s.date,
    kind: s.kind,
    holder: (s.kind === 'desk' ? DESK : DUTY)[turn[s.kind]++ % 2],
  }));
  const planned: RosterView = await roster.plan(
    { from, to, assignments },
    LEAD,
  );

  const ahead = planned.slots.filter(
    s => s.kind === 'desk' && Date.parse(s.start) > now.getTime() + 24 * HOUR,
  );
  const [coverSlot] = ahead;
  if (coverSlot) {
    await roster.requestChange(
      {
        date: coverSlot.date,
        kind: 'desk',
        type: 'cover',
        replacement: LEAD,
        start: new Date(Date.parse(coverSlot.start) + 6 * HOUR).toISOString(),
        end: new Date(Date.parse(coverSlot.start) + 8 * HOUR).toISOString(),
        reason: '临时离岗：医院复诊 Temporary absence: hospital appointment',
      },
      LEAD,
    );
  }
  const swapFrom = ahead[3];
  const swapTo =
    swapFrom &&
    ahead.find(s => s.date > swapFrom.date && s.holder !== swapFrom.holder);
  if (swapFrom && swapTo) {
    await roster.requestChange(
      {
        date: swapFrom.date,
        kind: 'desk',
        type: 'swap',
        replacement: swapTo.holder!,
        swapWith: { date: swapTo.date, kind: 'desk' },
        reason: '换班：参加培训 Swap: attending a training course',
      },
      LEAD,
    );
  }
  return true;
}
