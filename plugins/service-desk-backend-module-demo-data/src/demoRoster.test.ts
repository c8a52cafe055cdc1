import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import {
  RosterService,
  ServiceDeskDatabase,
  readServiceDeskConfig,
} from '@internal/plugin-service-desk-backend';
import { loadDemoRoster } from './demoRoster';

jest.setTimeout(60_000);

// SQLite always, PostgreSQL when a server is named (no Docker here), as in the backend's tests.
const databases = TestDatabases.create({
  ids: process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
    ? ['SQLITE_3', 'POSTGRES_15']
    : ['SQLITE_3'],
  disableDocker: true,
});
/** What the roster reads of the repository's app-config.yaml, and what every config needs. */
const SERVICE_DESK = {
  timeZone: 'Asia/Shanghai',
  roles: {
    agent: ['group:default/desk-agents'],
    dutyOfficer: ['group:default/duty-officers'],
    lead: ['group:default/desk-leads'],
    manager: ['group:default/it-managers'],
  },
  routing: { fallbackProjectManager: 'user:default/wang.fang' },
  priority: { impacts: ['high'], urgencies: ['high'], matrix: {} },
  categories: [],
  deskHours: {
    summer: { from: '05-01', to: '09-30', start: '08:00', end: '17:30' },
    winter: { start: '08:00', end: '18:00' },
    daysOff: [],
    workdays: [],
  },
  roster: { halfDayHours: 4 },
};
const MEMBERS: Record<string, string[]> = {
  'group:default/desk-agents': ['user:default/li.na', 'user:default/zhao.lei'],
  'group:default/duty-officers': [
    'user:default/chen.jie',
    'user:default/sun.li',
  ],
  'group:default/desk-leads': ['user:default/wang.fang'],
};

describe.each(databases.eachSupportedId())(
  'the demo roster on %p',
  databaseId => {
    it('plans this month and the next with no empty slot, one cover and one swap awaiting approval, once', async () => {
      const knex = await databases.init(databaseId);
      const stores = await ServiceDeskDatabase.create({
        database: mockServices.database({ knex }),
        idPrefix: 'SD',
        timeZone: SERVICE_DESK.timeZone,
      });
      const config = readServiceDeskConfig(
        mockServices.rootConfig({ data: { serviceDesk: SERVICE_DESK } }),
      );
      const now = new Date('2026-11-28T03:00:00Z');
      const roster = new RosterService({
        store: stores.roster,
        config,
        catalog: { membersOf: async group => MEMBERS[group] ?? [] },
        notices: { rosterChange: async () => {} },
        now: () => now,
      });

      expect(await loadDemoRoster(roster, now, config.timeZone)).toBe(true);
      const view = await roster.view('2026-11-01', '2026-12-31');
      expect(view.slots.filter(s => !s.holder)).toEqual([]);
      // November has 21 desk days in 2026 and December 23; every date has a duty slot.
      expect(view.slots.filter(s => s.kind === 'desk')).toHaveLength(21 + 23);
      expect(view.slots.filter(s => s.kind === 'duty')).toHaveLength(30 + 31);
      const changes = [
        ...new Map(
          view.slots.flatMap(s => s.changes).map(c => [c.id, c]),
        ).values(),
      ];
      expect(changes.map(c => [c.type, c.status])).toEqual([
        ['cover', 'approved'],
        ['swap', 'pending'],
      ]);

      expect(await loadDemoRoster(roster, now, config.timeZone)).toBe(false);
      expect(await roster.pending()).toHaveLength(1);
    });
  },
);
