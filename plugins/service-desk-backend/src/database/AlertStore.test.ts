import { openStores } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { AlertStore } from './AlertStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const LEASE = 30_000;
const T0 = Date.parse('2026-12-01T02:00:00Z');

describe.each(databases.eachSupportedId())(
  "the alert fingerprints' claims on %p",
  databaseId => {
    let alerts: AlertStore;
    beforeAll(async () => {
      alerts = (await openStores(await databases.init(databaseId))).alerts;
    });

    it('lets one claimant open the ticket, keeps the others waiting, and names the ticket once opened', async () => {
      const first = await alerts.claim('f/opened', T0, LEASE);
      expect(first.kind).toBe('claimed');
      expect(await alerts.claim('f/opened', T0 + 1_000, LEASE)).toEqual({
        kind: 'pending',
        claimedAt: T0,
      });
      if (first.kind !== 'claimed') throw new Error('not claimed');
      await alerts.settle('f/opened', first.token, '42');
      expect(await alerts.claim('f/opened', T0 + 2_000, LEASE)).toEqual({
        kind: 'ticket',
        ticketId: '42',
      });
    });

    it('takes over a claim whose claimant did not open its ticket within the lease', async () => {
      const dead = await alerts.claim('f/dead', T0, LEASE);
      expect((await alerts.claim('f/dead', T0 + LEASE - 1, LEASE)).kind).toBe(
        'pending',
      );
      const taken = await alerts.claim('f/dead', T0 + LEASE, LEASE);
      expect(taken.kind).toBe('claimed');
      // The claimant that came back late no longer holds the row: its ticket is not named.
      if (dead.kind !== 'claimed' || taken.kind !== 'claimed')
        throw new Error('not claimed');
      await alerts.settle('f/dead', dead.token, '7');
      expect((await alerts.claim('f/dead', T0 + LEASE + 1, LEASE)).kind).toBe(
        'pending',
      );
    });

    it('frees a released claim, and claims from a ticket only the one named', async () => {
      const claim = await alerts.claim('f/released', T0, LEASE);
      if (claim.kind !== 'claimed') throw new Error('not claimed');
      await alerts.release('f/released', claim.token);
      const again = await alerts.claim('f/released', T0 + 1, LEASE);
      expect(again.kind).toBe('claimed');
      if (again.kind !== 'claimed') throw new Error('not claimed');
      await alerts.settle('f/released', again.token, '9');
      expect(await alerts.claimFromClosed('f/released', '8', T0 + 2)).toBe(
        undefined,
      );
      expect(
        (await alerts.claimFromClosed('f/released', '9', T0 + 3))?.kind,
      ).toBe('claimed');
    });
  },
);
