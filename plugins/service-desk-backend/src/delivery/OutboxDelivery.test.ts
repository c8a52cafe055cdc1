import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ServiceDeskDatabase } from '../database/ServiceDeskDatabase';
import {
  DeliveryTiming,
  OutboxDelivery,
  OutboxHandler,
} from './OutboxDelivery';
import { OUTBOX } from '../database/tables';
import { OutboxMessage, enqueue } from './outbox';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const timing: DeliveryTiming = {
  leaseMs: 60_000,
  firstRetryMs: 5_000,
  maxRetryMs: 20_000,
  batch: 3,
};

describe.each(databases.eachSupportedId())('OutboxDelivery on %p', id => {
  let knex: Knex;
  let clock: number;

  beforeAll(async () => {
    knex = await databases.init(id);
    await ServiceDeskDatabase.create({
      database: mockServices.database({ knex }),
      idPrefix: 'SD',
      timeZone: 'Asia/Shanghai',
    });
  });

  beforeEach(async () => {
    await knex(OUTBOX).delete();
    clock = 1_000_000;
  });

  const deliverer = (handlers: Record<string, OutboxHandler>) =>
    new OutboxDelivery({
      db: knex,
      handlers,
      logger: mockServices.logger.mock(),
      timing,
      now: () => clock,
    });

  const write = (messages: OutboxMessage[]) =>
    knex.transaction(tx => enqueue(tx, messages, clock));

  const left = async () =>
    (await knex(OUTBOX).orderBy('id')).map(r => ({
      payload: JSON.parse(r.payload),
      attempts: Number(r.attempts),
      dueAt: Number(r.due_at),
      lastError: r.last_error,
    }));

  it('delivers each message once, in the order written, across batches', async () => {
    const seen: number[] = [];
    await write(
      [1, 2, 3, 4, 5, 6, 7].map(n => ({ topic: 'count', payload: { n } })),
    );
    await deliverer({ count: async ({ n }) => void seen.push(n) }).drain();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await left()).toEqual([]);
  });

  it('writes nothing when the transaction that enqueued rolls back', async () => {
    await expect(
      knex.transaction(async tx => {
        await enqueue(tx, [{ topic: 'count', payload: { n: 1 } }], clock);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await left()).toEqual([]);
  });

  it('keeps a failed message and tries it again later with a doubling delay, never dropping it', async () => {
    let failing = true;
    const seen: string[] = [];
    const delivery = deliverer({
      say: async ({ text }) => {
        if (failing && text === 'b') throw new Error('notifications down');
        seen.push(text);
      },
    });
    await write(
      ['a', 'b', 'c'].map(text => ({ topic: 'say', payload: { text } })),
    );

    await delivery.drain();
    expect(seen).toEqual(['a', 'c']);
    expect(await left()).toEqual([
      {
        payload: { text: 'b' },
        attempts: 1,
        dueAt: clock + 5_000,
        lastError: 'Error: notifications down',
      },
    ]);

    clock += 4_999; // not due yet
    await delivery.drain();
    expect((await left())[0].attempts).toBe(1);

    clock += 1;
    await delivery.drain();
    expect(await left()).toMatchObject([
      { attempts: 2, dueAt: clock + 10_000 },
    ]);

    clock += 10_000;
    await delivery.drain();
    clock += 20_000;
    await delivery.drain();
    // The delay stops doubling at its ceiling.
    expect(await left()).toMatchObject([
      { attempts: 4, dueAt: clock + 20_000 },
    ]);

    failing = false;
    clock += 20_000;
    await delivery.drain();
    expect(seen).toEqual(['a', 'c', 'b']);
    expect(await left()).toEqual([]);
  });

  it('keeps a message of a topic nobody handles, for the operator to see', async () => {
    await write([{ topic: 'unknown', payload: {} }]);
    await deliverer({}).drain();
    expect(await left()).toMatchObject([
      { attempts: 1, lastError: 'Error: no handler for topic unknown' },
    ]);
  });

  it('lets two deliverers (two replicas) share the work, each message delivered once', async () => {
    const seen: number[] = [];
    const slow: OutboxHandler = async ({ n }) => {
      await new Promise(resolve => setTimeout(resolve, 5));
      seen.push(n);
    };
    await write(
      Array.from({ length: 30 }, (_, n) => ({
        topic: 'count',
        payload: { n },
      })),
    );
    await Promise.all([
      deliverer({ count: slow }).drain(),
      deliverer({ count: slow }).drain(),
    ]);
    expect([...seen].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, n) => n),
    );
    expect(await left()).toEqual([]);
  });

  it('takes up the message of a deliverer that stopped mid-delivery once its lease runs out', async () => {
    await write([{ topic: 'count', payload: { n: 1 } }]);
    // The first replica claims it and never finishes.
    const stuck = deliverer({ count: () => new Promise(() => {}) });
    void stuck.drain();
    await new Promise(resolve => setTimeout(resolve, 200));

    const seen: number[] = [];
    const other = deliverer({ count: async ({ n }) => void seen.push(n) });
    await other.drain();
    expect(seen).toEqual([]);

    clock += timing.leaseMs + 1;
    await other.drain();
    expect(seen).toEqual([1]);
    expect(await left()).toEqual([]);
  });

  it('joins a drain already running and runs again for what came meanwhile', async () => {
    const seen: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>(resolve => (release = resolve));
    const delivery = deliverer({
      count: async ({ n }) => {
        if (n === 1) await gate;
        seen.push(n);
      },
    });
    await write([{ topic: 'count', payload: { n: 1 } }]);
    const first = delivery.drain();
    await new Promise(resolve => setTimeout(resolve, 100));
    await write([{ topic: 'count', payload: { n: 2 } }]);
    const second = delivery.drain();
    release();
    await Promise.all([first, second]);
    expect(seen).toEqual([1, 2]);
    expect(await left()).toEqual([]);
  });
});
