import { Knex } from 'knex';
import { BATCHES } from './tables';
import { returnedId } from './dialect';

/**
 * The door an input came in through (SPEC §9): `api` the JSON API (POST /calls, POST /import),
 * `upload` a CSV file (POST /calls/upload), `demo` the demo loader.
 */
export type WriteDoor = 'api' | 'upload' | 'demo';

/** Who wrote a batch (a user entity ref or a service principal's subject) and through which door. */
export interface WriteProvenance {
  principal: string;
  door: WriteDoor;
}

/** Opens a batch row in `tx`; the rows the batch writes reference it. */
export async function openBatch(
  tx: Knex.Transaction,
  kind: 'calls' | 'tickets',
  by: WriteProvenance,
  at: number,
): Promise<string> {
  const [row] = await tx(BATCHES)
    .insert({
      kind,
      principal: by.principal,
      door: by.door,
      created_at: at,
      count: 0,
    })
    .returning('id');
  return returnedId(row);
}

/**
 * Records how many rows the batch wrote; a batch that wrote nothing (everything was known
 * already) leaves no row, so every batch row stands for data it wrote. Returns the batch id, or
 * undefined when the batch wrote nothing.
 */
export async function closeBatch(
  tx: Knex.Transaction,
  id: string,
  count: number,
): Promise<string | undefined> {
  if (count === 0) {
    await tx(BATCHES).where({ id }).delete();
    return undefined;
  }
  await tx(BATCHES).where({ id }).update({ count });
  return id;
}

/**
 * A batch's items in the order its writes take their row locks: two concurrent batches that
 * take them in one order cannot deadlock each other. Keys compare by code unit, as the
 * database's own ordering does not matter here, only that every writer agrees.
 */
export function inLockOrder<T>(items: T[], key: (item: T) => string): T[] {
  const keyed = items.map(item => ({ item, key: key(item) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return 0;
    return a.key < b.key ? -1 : 1;
  });
  return keyed.map(k => k.item);
}
