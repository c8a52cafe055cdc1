import { mockServices } from '@backstage/backend-test-utils';
import { DeskSeeding } from '@internal/plugin-service-desk-backend/alpha';
import { demoSeeder } from './demoSeeder';

/** A desk that has its roster planned already, and counts what the seeder writes. */
function fakeDesk(importTickets: DeskSeeding['importTickets']) {
  const written = { tickets: 0, calls: 0, entries: 0 };
  const seeding: DeskSeeding = {
    timeZone: 'Asia/Shanghai',
    roster: {
      view: async (from: string, to: string) => ({
        from,
        to,
        timeZone: 'Asia/Shanghai',
        slots: [{ holder: 'user:default/li.na' }],
      }),
    } as unknown as DeskSeeding['roster'],
    countTickets: async () => written.tickets,
    importTickets: async (records, by) => {
      const result = await importTickets(records, by);
      written.tickets += result.imported;
      return result;
    },
    countCalls: async () => written.calls,
    addCalls: async (calls, by) => {
      expect(by).toEqual({ principal: 'plugin:service-desk', door: 'demo' });
      written.calls += calls.length;
      return { added: calls.length };
    },
    addAssessmentEntry: async () => void written.entries++,
  };
  return { seeding, written };
}

describe('the demo seeder', () => {
  it('waits while the tickets are refused, then writes tickets, calls and assessment items once', async () => {
    let catalogReady = false;
    const { seeding, written } = fakeDesk(async (records, by) => {
      expect(by).toEqual({ principal: 'plugin:service-desk', door: 'demo' });
      if (!catalogReady) throw new Error('unknown entity');
      return { imported: records.length, skipped: 0 };
    });
    const seeder = demoSeeder(mockServices.logger.mock());

    await seeder.seed(seeding);
    expect(written).toEqual({ tickets: 0, calls: 0, entries: 0 });

    catalogReady = true;
    await seeder.seed(seeding);
    const once = { ...written };
    expect(once.tickets).toBeGreaterThan(30);
    expect(once.calls).toBeGreaterThan(200);
    expect(once.entries).toBe(6);

    await seeder.seed(seeding);
    expect(written).toEqual(once);
  });
});
