import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readServiceDeskConfig } from '../config';
import { RosterStore } from '../database/RosterStore';
import { RosterService } from '../roster/RosterService';
import { createTestDatabases } from '../testUtils/testDatabases';
import { serviceDeskTestConfig } from '../testUtils/serviceDeskTestConfig';
import { loadDemoRoster } from './demoRoster';

jest.setTimeout(60_000);

const databases = createTestDatabases();
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
      await knex.migrate.latest({
        directory: resolvePackagePath(
          '@internal/plugin-service-desk-backend',
          'migrations',
        ),
      });
      const config = readServiceDeskConfig(
        new ConfigReader({ serviceDesk: serviceDeskTestConfig() }),
      );
      const now = new Date('2026-11-28T03:00:00Z');
      const roster = new RosterService(
        new RosterStore(knex),
        config,
        { membersOf: async group => MEMBERS[group] ?? [] },
        { send: async () => {} },
        mockServices.logger.mock(),
        () => now,
      );

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
