import { Knex } from 'knex';
import { isPostgres } from '../database/dialect';
import { OUTBOX } from '../database/tables';

/** Something to tell once a change has committed; its payload is JSON. */
export interface OutboxMessage {
  topic: string;
  payload: unknown;
}

export interface ClaimedMessage extends OutboxMessage {
  id: number;
  /** Deliveries tried before this one. */
  attempts: number;
}

interface DbOutboxRow {
  id: number;
  topic: string;
  payload: string;
  attempts: number;
}

/** Writes messages in the caller's transaction, so they exist exactly when the change does. */
export async function enqueue(
  tx: Knex.Transaction,
  messages: OutboxMessage[],
  now: number,
): Promise<void> {
  if (messages.length === 0) return;
  await tx(OUTBOX).insert(
    messages.map(m => ({
      topic: m.topic,
      payload: JSON.stringify(m.payload),
      created_at: now,
      due_at: now,
    })),
  );
}

/**
 * Claims up to `limit` messages that are due and not held by a live lease, oldest first. On
 * PostgreSQL replicas claiming together skip each other's rows instead of waiting for them.
 */
export async function claim(
  db: Knex,
  { now, leaseMs, limit }: { now: number; leaseMs: number; limit: number },
): Promise<ClaimedMessage[]> {
  const due = db(OUTBOX)
    .select('id')
    .where('due_at', '<=', now)
    .andWhere(free =>
      free.whereNull('claimed_until').orWhere('claimed_until', '<', now),
    )
    .orderBy([{ column: 'due_at' }, { column: 'id' }])
    .limit(limit);
  if (isPostgres(db)) due.forUpdate().skipLocked();
  const rows: DbOutboxRow[] = await db(OUTBOX)
    .whereIn('id', due)
    .update({
      claimed_until: now + leaseMs,
      attempts: db.raw('attempts + 1'),
    })
    .returning(['id', 'topic', 'payload', 'attempts']);
  return rows
    .map(r => ({
      id: Number(r.id),
      topic: r.topic,
      payload: JSON.parse(r.payload),
      attempts: Number(r.attempts) - 1,
    }))
    .sort((a, b) => a.id - b.id);
}

/** A delivered message is gone. */
export async function delivered(db: Knex, id: number): Promise<void> {
  await db(OUTBOX).where({ id }).delete();
}

/** A failed delivery is tried again at `dueAt`, its error kept for the operator. */
export async function retryLater(
  db: Knex,
  id: number,
  dueAt: number,
  error: string,
): Promise<void> {
  await db(OUTBOX)
    .where({ id })
    .update({
      claimed_until: null,
      due_at: dueAt,
      last_error: error.slice(0, 500),
    });
}
