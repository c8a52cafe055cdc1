import { mockServices } from '@backstage/backend-test-utils';
import { DeskSeeding } from '@internal/plugin-service-desk-backend/alpha';
import { demoSeeder } from './demoSeeder';

/** A desk that has its roster planned already, and counts what the seeder writes. */
function fakeDesk(importTickets: DeskSeeding['importTickets']) {
  const written = {
    tickets: 0,
    calls: 0,
    entries: 0,
    seals: 0,
    appeals: 0,
    alerts: 0,
    refused: 0,
  };
  const deduction = { key: 'emergencyResponse:emergencyResponseLate:ticket-1' };
  const card = { items: [{ deductions: [deduction] }] };
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
    periods: {
      report: async () => ({
        period: { end: '2026-11-20T16:00:00.000Z' },
        operational: card,
        customerService: { items: [] },
        close: written.seals ? { request: { id: '1' } } : {},
      }),
      submit: async () => ({ id: '1' }),
      decide: async () => void written.seals++,
    } as unknown as DeskSeeding['periods'],
    appeals: {
      file: async (input: { deductionKey: string }) => {
        expect(input.deductionKey).toBe(deduction.key);
        written.appeals++;
      },
    } as unknown as DeskSeeding['appeals'],
    alerts: {
      count: async () => written.alerts,
      send: async (body: any) => {
        if (body.service === 'component:default/wams') {
          written.refused++;
          throw new Error('service: no catalog entity component:default/wams');
        }
        written.alerts++;
      },
    },
  };
  return { seeding, written };
}

describe('the demo seeder', () => {
  it('waits while the tickets are refused, then writes tickets, calls, assessment items and a sealed cycle once', async () => {
    let catalogReady = false;
    const { seeding, written } = fakeDesk(async (records, by) => {
      expect(by).toEqual({ principal: 'plugin:service-desk', door: 'demo' });
      if (!catalogReady) throw new Error('unknown entity');
      return { imported: records.length, skipped: 0 };
    });
    const seeder = demoSeeder(mockServices.logger.mock());

    await seeder.seed(seeding);
    expect(written).toMatchObject({ tickets: 0, calls: 0, entries: 0 });

    catalogReady = true;
    await seeder.seed(seeding);
    const once = { ...written };
    expect(once.tickets).toBeGreaterThan(30);
    expect(once.calls).toBeGreaterThan(200);
    // Six items, and one recorded in the sealed cycle after sealing.
    expect(once.entries).toBe(7);
    expect(once).toMatchObject({ seals: 1, appeals: 1 });
    // One fault three times, and one alert the desk cannot take.
    expect(once).toMatchObject({ alerts: 3, refused: 1 });

    await seeder.seed(seeding);
    expect(written).toEqual(once);
  });
});
