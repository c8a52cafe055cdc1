import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  openStores,
  ticketRow as rawTicketRow,
} from '../../__testUtils__/storeTickets';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { keptFigures } from '../../scorecard/keptFigures';
import { returnedId } from '../dialect';
import { CALLS, EVENTS, ROLLUPS, TICKETS } from '../tables';
import { callFigures } from './callFigures';
import { BucketedFigure, monthPieces, overMonths } from './rollups';
import { acceptedFigures } from './ticketFigures';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const ZONE = 'Asia/Shanghai';
const at = (local: string) =>
  DateTime.fromISO(local, { zone: ZONE }).toMillis();
const monthStart = (month: string) => at(`${month}-01T00:00`);
/** Jan, Feb and Mar 2026 closed; "now" is mid-April. */
const NOW = at('2026-04-15T12:00');
const BOUNDARIES = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map(
  monthStart,
);
const scope = { timeZone: ZONE, now: NOW };

let ticketNo = 0;
/** A ticket row as any writer might insert it (the triggers do not care who). */
const ticketRow = (acceptedAt: number, closedAt: number | null = null) => {
  ticketNo += 1;
  return rawTicketRow(`SD-T-${ticketNo}`, acceptedAt, {
    state: closedAt ? 'closed' : 'new',
    closed_at: closedAt,
  });
};

/** Tickets accepted per bucket, counting how often each bucket was read from the tickets. */
function countedAccepted(db: Knex) {
  const reads: number[][] = [];
  const figure: BucketedFigure<{ accepted: number }> = {
    name: 'test.accepted',
    compute: async boundaries => {
      reads.push(boundaries);
      const figures = await acceptedFigures(db, { boundaries });
      return figures.map(f => ({ accepted: f.accepted }));
    },
  };
  const read = (boundaries = BOUNDARIES) =>
    overMonths(db, scope, figure, boundaries, pieces => ({
      accepted: pieces.reduce((a, p) => a + p.accepted, 0),
    }));
  return { figure, reads, read };
}

describe('monthPieces', () => {
  it('cuts a cycle from the 26th at each month start in the zone', () => {
    const cycle = [at('2026-01-26T00:00'), at('2026-02-26T00:00')];
    expect(monthPieces(cycle, ZONE)).toEqual([
      cycle[0],
      monthStart('2026-02'),
      cycle[1],
    ]);
    expect(monthPieces(BOUNDARIES, ZONE)).toEqual(BOUNDARIES);
  });
});

describe.each(databases.eachSupportedId())('figure roll-ups on %p', id => {
  let db: Knex;

  // A database each: the history is append-only, so a test cannot clear another's.
  beforeEach(async () => {
    db = await databases.init(id);
    await openStores(db);
  });

  it('keeps the closed months and reads only the open one again', async () => {
    await db(TICKETS).insert([
      ticketRow(at('2026-01-10T09:00')),
      ticketRow(at('2026-03-31T23:59')),
      ticketRow(at('2026-04-02T09:00')),
    ]);
    const { read, reads } = countedAccepted(db);
    const first = await read();
    expect(first.map(f => f.accepted)).toEqual([1, 0, 1, 1]);
    expect(reads).toEqual([BOUNDARIES]);

    reads.length = 0;
    expect(await read()).toEqual(first);
    expect(reads).toEqual([BOUNDARIES.slice(3)]);
    const kept = await db(ROLLUPS)
      .where('figure', 'test.accepted')
      .whereNotNull('value')
      .orderBy('bucket_start');
    expect(kept.map(r => Number(r.bucket_start))).toEqual(
      BOUNDARIES.slice(0, 3),
    );
  });

  it('reads a month again once any writer changes a ticket in it', async () => {
    const [row] = await db(TICKETS)
      .insert(ticketRow(at('2026-02-10T09:00')))
      .returning('id');
    const { read, reads } = countedAccepted(db);
    await read();

    // Inserted by hand, as an import or an operator might: February is read again, alone.
    await db(TICKETS).insert(ticketRow(at('2026-02-20T09:00')));
    reads.length = 0;
    expect((await read()).map(f => f.accepted)).toEqual([0, 2, 0, 0]);
    expect(reads).toEqual([BOUNDARIES.slice(1, 3), BOUNDARIES.slice(3)]);

    // Moved to January: both months change.
    await db(TICKETS)
      .where({ id: returnedId(row) })
      .update({ accepted_at: at('2026-01-05T09:00') });
    expect((await read()).map(f => f.accepted)).toEqual([1, 1, 0, 0]);

    await db(TICKETS).where('accepted_at', '<', monthStart('2026-02')).delete();
    expect((await read()).map(f => f.accepted)).toEqual([0, 1, 0, 0]);
  });

  it("reads a ticket's months again when an event is added to it later", async () => {
    const [row] = await db(TICKETS)
      .insert(ticketRow(at('2026-01-10T09:00'), at('2026-01-11T09:00')))
      .returning('id');
    const ticketId = returnedId(row);
    const figures = keptFigures(db, scope);
    const before = await figures.accepted(BOUNDARIES);
    expect(before[0]).toEqual({ accepted: 1, closed: 1, calledBack: 0 });

    // A callback in April on a January ticket: January's callback rate changes.
    await db(EVENTS).insert({
      ticket_id: ticketId,
      seq: 2,
      action: 'callback',
      actor_ref: 'user:default/lead',
      at: at('2026-04-10T09:00'),
      from_state: 'resolved',
      to_state: 'resolved',
      outcome: 'satisfied',
      complaint: false,
    });
    const after = await figures.accepted(BOUNDARIES);
    expect(after[0]).toEqual({ accepted: 1, closed: 1, calledBack: 1 });
  });

  it('reads the calls of a month again when a call in it is written', async () => {
    const answered = (callId: string, ringAt: number, waitMs: number) => ({
      call_id: callId,
      ring_at: ringAt,
      answered_at: ringAt + waitMs,
    });
    await db(CALLS).insert(answered('c1', at('2026-03-03T09:00'), 5_000));
    const figures = keptFigures(db, scope);
    expect((await figures.calls(BOUNDARIES, 20_000))[2]).toEqual({
      answered: 1,
      inTime: 1,
    });
    await db(CALLS).insert(answered('c2', at('2026-03-04T09:00'), 30_000));
    expect((await figures.calls(BOUNDARIES, 20_000))[2]).toEqual({
      answered: 2,
      inTime: 1,
    });
    // Another limit is another figure: kept apart.
    expect((await figures.calls(BOUNDARIES, 60_000))[2]).toEqual({
      answered: 2,
      inTime: 2,
    });
    await db(CALLS).where({ call_id: 'c2' }).update({ answered_at: null });
    expect((await figures.calls(BOUNDARIES, 20_000))[2]).toEqual({
      answered: 1,
      inTime: 1,
    });
  });

  it('does not keep a figure read while a change to its month landed', async () => {
    await db(TICKETS).insert(ticketRow(at('2026-02-10T09:00')));
    let writeDuringRead = true;
    const figure: BucketedFigure<number> = {
      name: 'test.racing',
      compute: async boundaries => {
        const counts = await acceptedFigures(db, { boundaries });
        // Another replica writes into February after this read's query, before it keeps it.
        if (writeDuringRead) {
          writeDuringRead = false;
          await db(TICKETS).insert(ticketRow(at('2026-02-11T09:00')));
        }
        return counts.map(c => c.accepted);
      },
    };
    const read = () =>
      overMonths(db, scope, figure, BOUNDARIES, pieces =>
        pieces.reduce((a, b) => a + b, 0),
      );
    expect((await read())[1]).toBe(1);
    expect((await read())[1]).toBe(2);
    expect((await read())[1]).toBe(2);
  });

  it('gives buckets that are not months the sums of their pieces', async () => {
    const times = [
      '2026-01-25T23:00',
      '2026-01-26T00:00',
      '2026-02-01T00:30',
      '2026-02-25T10:00',
      '2026-02-26T10:00',
      '2026-04-20T10:00',
    ];
    await db(TICKETS).insert(times.map(t => ticketRow(at(t))));
    const cycles = [
      '2025-12-26',
      '2026-01-26',
      '2026-02-26',
      '2026-03-26',
      '2026-04-26',
    ].map(d => at(`${d}T00:00`));
    const direct = await acceptedFigures(db, { boundaries: cycles });
    const figures = keptFigures(db, scope);
    expect(await figures.accepted(cycles)).toEqual(direct);
    // Read again from the kept pieces: the same.
    expect(await figures.accepted(cycles)).toEqual(direct);
    expect(direct.map(d => d.accepted)).toEqual([1, 3, 1, 1]);
    const whole = [cycles[0], cycles[4]];
    expect(await figures.accepted(whole)).toEqual(
      await acceptedFigures(db, { boundaries: whole }),
    );
  });

  it('keeps nothing for a bucket that has not ended', async () => {
    const { read } = countedAccepted(db);
    await read([monthStart('2026-04'), monthStart('2026-05')]);
    expect(await db(ROLLUPS).where('figure', 'test.accepted')).toEqual([]);
    const direct = await callFigures(db, {
      boundaries: BOUNDARIES,
      answerMs: 20_000,
    });
    expect(await keptFigures(db, scope).calls(BOUNDARIES, 20_000)).toEqual(
      direct,
    );
  });
});
