import { Knex } from 'knex';

export const BATCHES = 'service_desk_batches';

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
  return String(typeof row === 'object' ? row.id : row);
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
