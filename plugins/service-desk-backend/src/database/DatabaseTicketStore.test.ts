import { Knex } from 'knex';
import { openStores, storeTicket } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { EVENTS, TICKETS } from './tables';
import { NewEvent, NewTicket, TicketStore } from './TicketStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const ticket = (
  acceptedAt: string,
  extra: Partial<NewTicket> = {},
): NewTicket => storeTicket({ acceptedAt, ...extra });

const opened = (at: string): NewEvent => ({
  action: 'open',
  actorRef: 'user:default/agent',
  at,
  toState: 'new',
});

describe.each(databases.eachSupportedId())(
  'DatabaseTicketStore on %p',
  databaseId => {
    let knex: Knex;
    let store: TicketStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ({ tickets: store } = await openStores(knex));
    });

    it('numbers ids per month in the desk time zone, without gaps under concurrency', async () => {
      // 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai.
      const created = await Promise.all(
        Array.from({ length: 12 }, () =>
          store.createTicket(
            ticket('2026-11-30T16:30:00Z'),
            opened('2026-11-30T16:30:00Z'),
            [],
          ),
        ),
      );
      expect(created.map(t => t.displayId).sort()).toEqual(
        Array.from(
          { length: 12 },
          (_, i) => `SD-202612-${String(i + 1).padStart(5, '0')}`,
        ),
      );
      const november = await store.createTicket(
        ticket('2026-11-30T15:59:00Z'),
        opened('2026-11-30T15:59:00Z'),
        [],
      );
      expect(november.displayId).toBe('SD-202611-00001');
    });

    it('refuses an opening from an unknown call before numbering it: nothing written, no gap', async () => {
      const at = '2026-10-05T02:00:00Z';
      const before = await store.countTickets();
      await expect(
        store.createTicket(ticket(at), opened(at), [], '999999'),
      ).rejects.toThrow('callId: no call 999999');
      expect(await store.countTickets()).toBe(before);
      const next = await store.createTicket(ticket(at), opened(at), []);
      expect(next.displayId).toBe('SD-202610-00001');
    });

    it('applies a change only at the expected version', async () => {
      const t = await store.createTicket(
        ticket('2026-11-02T01:00:00Z'),
        opened('2026-11-02T01:00:00Z'),
        ['user:default/agent'],
      );
      const event: NewEvent = {
        action: 'dispatch',
        actorRef: 'user:default/agent',
        at: '2026-11-02T01:10:00Z',
        fromState: 'new',
        toState: 'with_pm',
      };
      const patch = {
        state: 'with_pm' as const,
        assigneeRef: 'user:default/pm',
        pmInvolved: true,
      };
      const results = await Promise.all([
        store.applyChange(t.id, 1, patch, event, ['user:default/pm']),
        store.applyChange(t.id, 1, patch, event, ['user:default/pm']),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const events = await store.getEvents(t.id);
      expect(events.map(e => [e.seq, e.action])).toEqual([
        [1, 'open'],
        [2, 'dispatch'],
      ]);
      expect(await store.getParticipants(t.id)).toEqual([
        'user:default/agent',
        'user:default/pm',
      ]);
      expect(
        await store.applyChange(t.id, 1, patch, event, []),
      ).toBeUndefined();
      expect((await store.getTicket(t.id))!).toMatchObject({
        version: 2,
        state: 'with_pm',
        assigneeRef: 'user:default/pm',
      });
    });

    it('keeps the history append-only in the database itself', async () => {
      const t = await store.createTicket(
        ticket('2026-11-03T01:00:00Z'),
        opened('2026-11-03T01:00:00Z'),
        [],
      );
      const refusal = async (write: () => Promise<unknown>) => {
        try {
          return `wrote ${JSON.stringify(await write())}`;
        } catch (e) {
          return String(e);
        }
      };
      expect(
        await refusal(() =>
          knex(EVENTS)
            .where({ ticket_id: t.id })
            .update({ actor_ref: 'user:default/forger' }),
        ),
      ).toMatch(/append-only/);
      expect(
        await refusal(() => knex(EVENTS).where({ ticket_id: t.id }).delete()),
      ).toMatch(/append-only/);
      expect(
        await refusal(() => knex(TICKETS).where({ id: t.id }).delete()),
      ).toMatch(/foreign key|violates/i);
      expect((await store.getEvents(t.id))[0].actorRef).toBe(
        'user:default/agent',
      );
    });

    it('stores times as UTC instants and gives them back unchanged', async () => {
      const t = await store.createTicket(
        ticket('2026-11-04T09:15:30.123Z', {
          emergency: true,
          occurredAt: '2026-11-04T09:01:00.000Z',
        }),
        opened('2026-11-04T09:15:30.123Z'),
        [],
      );
      const again = (await store.getTicket(t.id))!;
      expect([again.acceptedAt, again.occurredAt, again.emergency]).toEqual([
        '2026-11-04T09:15:30.123Z',
        '2026-11-04T09:01:00.000Z',
        true,
      ]);
    });

    it('sorts by time left on the running SLA clocks, nearest deadline first, and pages on it', async () => {
      // Targets 15 / 60 / 60 min. Deadlines, computed by hand:
      //   A  accepted 09:00, waiting                   → timely handling 10:00
      //   B  accepted 08:40, waiting                   → 09:40
      //   C  emergency occurred 09:10, accepted 09:20  → response 09:25 (before close 10:20, timely 10:20)
      //   D  emergency, notified; accepted 09:00       → close 10:00 = timely 10:00; ties go by id
      //   E  accepted 08:00, handed over to the PM     → no running clock: last
      const q = 'sla-order';
      const at = (hhmm: string) => `2026-12-01T${hhmm}:00.000Z`;
      const make = (
        name: string,
        acceptedAt: string,
        extra: Partial<NewTicket> = {},
      ) =>
        store.createTicket(
          ticket(acceptedAt, { title: `${q} ${name}`, ...extra }),
          opened(acceptedAt),
          [],
        );
      await make('A', at('09:00'));
      await make('B', at('08:40'));
      await make('C', at('09:20'), {
        emergency: true,
        occurredAt: at('09:10'),
      });
      await make('D', at('09:00'), {
        emergency: true,
        occurredAt: at('08:55'),
        notifiedAt: at('09:05'),
      });
      await make('E', at('08:00'), {
        handedOverAt: at('08:10'),
        state: 'with_pm',
      });
      const targets = {
        emergencyResponseMinutes: 15,
        emergencyCloseMinutes: 60,
        timelyHandlingMinutes: 60,
        dispatchCountsAsNotification: false,
      };
      const titles = (page: { items: Array<{ title: string }> }) =>
        page.items.map(t => t.title.slice(q.length + 1));

      const first = await store.listTickets(
        { q, order: 'deadline', limit: 3 },
        undefined,
        targets,
      );
      expect(titles(first)).toEqual(['C', 'B', 'A']);
      const rest = await store.listTickets(
        { q, order: 'deadline', limit: 3, cursor: first.nextCursor },
        undefined,
        targets,
      );
      expect(titles(rest)).toEqual(['D', 'E']);
      // With a 30-minute timely-handling target (another year's rule set): B 09:10, C 09:25,
      // A 09:30, D 09:30 (timely now before close), E none.
      const tighter = await store.listTickets(
        { q, order: 'deadline', limit: 5 },
        undefined,
        { ...targets, timelyHandlingMinutes: 30 },
      );
      expect(titles(tighter)).toEqual(['B', 'C', 'A', 'D', 'E']);
    });

    it('stops an emergency response clock at a dispatch only where the rule set says so', async () => {
      // F: emergency occurred 08:50, accepted 09:00, dispatched 09:02, nobody notified.
      //   default: response runs → 09:05, before G's 09:30;
      //   dispatchCountsAsNotification: response stopped at 09:02 → close 10:00, after G.
      // G: accepted 08:30, waiting → timely handling 09:30.
      const q = 'sla-dispatch';
      const at = (hhmm: string) => `2026-12-02T${hhmm}:00.000Z`;
      await store.createTicket(
        ticket(at('09:00'), {
          title: `${q} F`,
          emergency: true,
          occurredAt: at('08:50'),
          handedOverAt: at('09:02'),
          state: 'with_pm',
        }),
        opened(at('09:00')),
        [],
      );
      await store.createTicket(
        ticket(at('08:30'), { title: `${q} G` }),
        opened(at('08:30')),
        [],
      );
      const targets = {
        emergencyResponseMinutes: 15,
        emergencyCloseMinutes: 60,
        timelyHandlingMinutes: 60,
        dispatchCountsAsNotification: false,
      };
      const titles = async (t: typeof targets) =>
        (
          await store.listTickets(
            { q, order: 'deadline', limit: 5 },
            undefined,
            t,
          )
        ).items.map(x => x.title.slice(q.length + 1));
      expect(await titles(targets)).toEqual(['F', 'G']);
      expect(
        await titles({ ...targets, dispatchCountsAsNotification: true }),
      ).toEqual(['G', 'F']);
    });
  },
);
