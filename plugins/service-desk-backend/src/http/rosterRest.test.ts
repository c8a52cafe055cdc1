import { RosterChange, RosterView } from '@internal/plugin-service-desk-common';
import { asUser } from '../__testUtils__/deskApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const LEAD = 'user:default/wang.fang';
const MANAGER = 'user:default/huang.wei';
const LI = 'user:default/li.na';
const ZHAO = 'user:default/zhao.lei';
const CHEN = 'user:default/chen.jie';
const SUN = 'user:default/sun.li';

// A December week far ahead (always in the future), Monday 2030-12-09 to Sunday 12-15, in
// Shanghai (UTC+8) winter hours: the desk 08:00–18:00 (10 h), the night 18:00–08:00 (14 h),
// the weekend's duty 08:00–08:00 (24 h). The built-in calendar has no 2030: no holiday in it.
const FROM = '2030-12-09';
const TO = '2030-12-15';
const DAYS = ['09', '10', '11', '12', '13', '14', '15'].map(
  d => `2030-12-${d}`,
);
const local = (at: string) => new Date(`${at}+08:00`).toISOString();

/**
 * Agents take turns on the desk (li, zhao, li, zhao, li), duty officers on the duty
 * (chen, sun, chen, sun, chen, sun, chen): nobody on two slots in a row.
 */
function rotation() {
  return [
    ...DAYS.slice(0, 5).map((date, i) => ({
      date,
      kind: 'desk',
      holder: [LI, ZHAO][i % 2],
    })),
    ...DAYS.map((date, i) => ({
      date,
      kind: 'duty',
      holder: [CHEN, SUN][i % 2],
    })),
  ];
}

describe.each(databases.eachSupportedId())(
  'the roster’s rest rule on %p',
  databaseId => {
    let desk: Awaited<ReturnType<typeof startDeskBackend>>;
    const get = (user: string, path: string) =>
      asUser(desk.server, user).get(path);
    const post = (user: string, path: string, body: object) =>
      asUser(desk.server, user).post(path, body);
    const week = async () =>
      (await get(LEAD, `/roster?from=${FROM}&to=${TO}`)).body as RosterView;
    // The lead asks for Chen to take `date`'s duty and give his duty of `chensDate` in return.
    const swapWithChen = (date: string, chensDate: string) =>
      post(LEAD, '/roster/changes', {
        date,
        kind: 'duty',
        type: 'swap',
        replacement: CHEN,
        swapWith: { date: chensDate, kind: 'duty' },
        reason: 'family',
      });
    const pending = async () =>
      (await get(MANAGER, '/roster/changes/pending')).body
        .items as RosterChange[];

    beforeAll(async () => {
      const config = serviceDeskTestConfig();
      desk = await startDeskBackend({
        knex: await databases.init(databaseId),
        extraConfig: {
          serviceDesk: {
            ...config,
            roster: {
              halfDayHours: 4,
              rest: { maxContinuousHours: 16, minRestHours: 8 },
              // New Year's Day 2031 closes the desk; Saturday 2031-01-04 is a 调休 working day.
              holidays: [
                { date: '2031-01-01', kind: 'holiday', name: '元旦' },
                { date: '2031-01-04', kind: 'workday', name: '元旦调休' },
              ],
            },
          },
        },
      });
    });

    it('flags a year the holiday calendar does not know, and follows the holidays entered', async () => {
      const view = await week();
      expect(view.rest).toEqual({ maxContinuousHours: 16, minRestHours: 8 });
      expect(view.calendarGaps).toEqual([{ from: FROM, to: TO }]);
      const newYear: RosterView = (
        await get(LEAD, '/roster?from=2031-01-01&to=2031-01-04')
      ).body;
      expect(newYear.calendarGaps).toEqual([]);
      expect(newYear.slots.map(s => `${s.date} ${s.kind}`)).toEqual([
        '2031-01-01 duty', // a holiday: the duty runs the whole day
        '2031-01-02 desk',
        '2031-01-02 duty',
        '2031-01-03 desk',
        '2031-01-03 duty',
        '2031-01-04 desk', // Saturday, but a working day
        '2031-01-04 duty',
      ]);
    });

    it('refuses a plan that chains slots past the rule, naming the person, the slots and the hours', async () => {
      // Sun on Friday's night and Saturday's duty: 14 h + 24 h = 38 h in a row.
      const nightAndWeekend = rotation().map(a =>
        a.date === '2030-12-13' && a.kind === 'duty'
          ? { ...a, holder: SUN }
          : a,
      );
      const res = await post(LEAD, '/roster/plan', {
        from: FROM,
        to: TO,
        assignments: nightAndWeekend,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(
        `${SUN} would be on duty 38 h in a row (2030-12-13 duty, 2030-12-14 duty;`,
      );
      expect(res.body.error.message).toContain('more than the 16 h');
      // The lead on Monday's desk and Monday's night: 10 h + 14 h = 24 h (连班).
      const deskAndNight = rotation().map(a =>
        a.date === FROM ? { ...a, holder: LEAD } : a,
      );
      const twice = await post(LEAD, '/roster/plan', {
        from: FROM,
        to: TO,
        assignments: deskAndNight,
      });
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toContain(
        `${LEAD} would be on duty 24 h in a row (2030-12-09 desk, 2030-12-09 duty;`,
      );
      expect((await week()).slots.every(s => s.holder === undefined)).toBe(
        true,
      );
      const saved = await post(LEAD, '/roster/plan', {
        from: FROM,
        to: TO,
        assignments: rotation(),
      });
      expect(saved.status).toBe(200);
    });

    it('refuses a cover that would give one person 62 hours in a row, or too short a rest', async () => {
      // Chen holds Friday's night and Sunday's duty; covering Saturday's duty as well makes
      // Fri 18:00 → Mon 08:00 = 14 + 24 + 24 = 62 h.
      const cover = {
        date: '2030-12-14',
        kind: 'duty',
        type: 'cover',
        replacement: CHEN,
        reason: 'sick',
      };
      const whole = await post(LEAD, '/roster/changes', cover);
      expect(whole.status).toBe(409);
      expect(whole.body.error.message).toContain(
        `${CHEN} would be on duty 62 h in a row (2030-12-13 duty, 2030-12-14 duty, 2030-12-15 duty;`,
      );
      // Only Saturday 08:00–12:00: 14 h + 4 h = 18 h after Friday's night.
      const morning = await post(LEAD, '/roster/changes', {
        ...cover,
        start: local('2030-12-14T08:00'),
        end: local('2030-12-14T12:00'),
      });
      expect(morning.status).toBe(409);
      expect(morning.body.error.message).toContain('18 h in a row');
      // Saturday 14:00–20:00 only: Friday's night ended at 08:00, 6 h of rest before it.
      const afternoon = await post(LEAD, '/roster/changes', {
        ...cover,
        start: local('2030-12-14T14:00'),
        end: local('2030-12-14T20:00'),
      });
      expect(afternoon.status).toBe(409);
      expect(afternoon.body.error.message).toContain(
        `${CHEN} would rest only 6 h between 2030-12-13 duty, 2030-12-14 duty`,
      );
      expect((await week()).slots.every(s => s.changes.length === 0)).toBe(
        true,
      );
    });

    it('refuses a swap that breaks the rule and shows the manager each person’s hours on one that keeps it', async () => {
      // Chen takes Sun's Saturday for his Sunday: Friday's night and Saturday, 38 h.
      const bad = await swapWithChen('2030-12-14', '2030-12-15');
      expect(bad.status).toBe(409);
      expect(bad.body.error.message).toContain(`${CHEN} would be on duty 38 h`);

      // Sun's Tuesday night for Chen's Wednesday night.
      const swap = await swapWithChen('2030-12-10', '2030-12-11');
      expect(swap.status).toBe(201);
      expect(swap.body.status).toBe('pending');
      const [card] = await pending();
      expect(card.rest).toEqual([
        {
          // Tue 18:00 → Wed 08:00 = 14 h; after Monday's night (ends Tue 08:00) 10 h of rest;
          // his Wednesday night gone, the next is Friday's: Wed 08:00 → Fri 18:00 = 58 h.
          userRef: CHEN,
          continuousHours: 14,
          restBeforeHours: 10,
          restAfterHours: 58,
          violations: [],
        },
        {
          // Wed 18:00 → Thu 08:00 = 14 h; no duty before it this week (Tuesday's given away);
          // his Thursday night from 18:00: 10 h of rest.
          userRef: SUN,
          continuousHours: 14,
          restAfterHours: 10,
          violations: [],
        },
      ]);
      const refused = await post(
        MANAGER,
        `/roster/changes/${swap.body.id}/decision`,
        { approve: false },
      );
      expect(refused.status).toBe(200);
    });

    it('checks a change again when the manager approves it: another one approved meanwhile counts', async () => {
      // The lead covers Saturday 20:00 → Sunday 08:00 (12 h) and Sunday 08:00–14:00 (6 h): each
      // alone keeps the rule, together they are 12 + 6 = 18 h across two slots.
      const first = await post(LEAD, '/roster/changes', {
        date: '2030-12-14',
        kind: 'duty',
        type: 'cover',
        replacement: LEAD,
        start: local('2030-12-14T20:00'),
        end: local('2030-12-15T08:00'),
        reason: 'appointment',
      });
      const second = await post(LEAD, '/roster/changes', {
        date: '2030-12-15',
        kind: 'duty',
        type: 'cover',
        replacement: LEAD,
        start: local('2030-12-15T08:00'),
        end: local('2030-12-15T14:00'),
        reason: 'appointment',
      });
      expect([first.status, second.status]).toEqual([201, 201]);
      const decide = (id: string) =>
        post(MANAGER, `/roster/changes/${id}/decision`, { approve: true });
      expect((await decide(first.body.id)).status).toBe(200);
      // The card of the second now shows the break with its hours and the rule.
      const [card] = await pending();
      expect(card.id).toBe(second.body.id);
      expect(card.rest).toEqual([
        {
          userRef: LEAD,
          continuousHours: 18,
          violations: [
            {
              rule: 'continuous',
              start: local('2030-12-14T20:00'),
              end: local('2030-12-15T14:00'),
              hours: 18,
              limit: 16,
              slots: [
                { date: '2030-12-14', kind: 'duty' },
                { date: '2030-12-15', kind: 'duty' },
              ],
            },
          ],
        },
      ]);
      const approve = await decide(second.body.id);
      expect(approve.status).toBe(409);
      expect(approve.body.error.message).toContain(
        `the change was not approved: ${LEAD} would be on duty 18 h in a row`,
      );
      expect((await pending()).map(c => c.id)).toEqual([second.body.id]);
    });
  },
);
