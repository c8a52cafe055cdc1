import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { ClaimedMessage, claim, delivered, retryLater } from './outbox';

/** Delivers one topic's payload; throws to have it tried again later. */
export type OutboxHandler = (payload: any) => Promise<void>;

export interface DeliveryTiming {
  /** How long a claim holds a message before another replica may take it up. */
  leaseMs: number;
  /** The first retry's delay; each further one doubles it, up to `maxRetryMs`. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** Messages claimed at a time. */
  batch: number;
}

/** How often the sweep looks for messages a kick did not deliver. */
export const DELIVERY_SWEEP_SECONDS = 10;

export const DELIVERY_TIMING: DeliveryTiming = {
  leaseMs: 60_000,
  firstRetryMs: 5_000,
  maxRetryMs: 300_000,
  batch: 50,
};

/**
 * Delivers the outbox's messages after the requests that wrote them have answered. A commit
 * kicks the process that made it; the scheduled sweep (any replica) takes up what a kick missed:
 * a replica that stopped mid-delivery, a retry come due. A failed delivery is kept and tried
 * again later, never dropped: the next person's notification must reach them.
 */
export class OutboxDelivery {
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: {
      db: Knex;
      handlers: Record<string, OutboxHandler>;
      logger: LoggerService;
      timing?: DeliveryTiming;
      now?: () => number;
    },
  ) {}

  /** Delivers soon in this process, without holding up the caller. */
  kick(): void {
    if (this.stopped) return;
    this.drain().catch(error =>
      this.deps.logger.error(`Outbox delivery stopped: ${error}`),
    );
  }

  /** Delivers every message due now; one drain at a time per process, later calls join it. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.deliverBatch()) > 0);
        } while (this.again && !this.stopped);
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  /**
   * At shutdown: starts nothing more and lets the delivery under way finish, so it neither
   * outlives the database connection nor leaves its claim to wait out the lease elsewhere.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.draining;
  }

  /** Claims and delivers one batch; how many were claimed. */
  private async deliverBatch(): Promise<number> {
    const timing = this.deps.timing ?? DELIVERY_TIMING;
    const now = this.now();
    const messages = await claim(this.deps.db, {
      now,
      leaseMs: timing.leaseMs,
      limit: timing.batch,
    });
    // In order: a ticket's later change is never told before its earlier one.
    for (const message of messages) await this.deliverOne(message, timing);
    return messages.length;
  }

  private async deliverOne(message: ClaimedMessage, timing: DeliveryTiming) {
    const handler = this.deps.handlers[message.topic];
    try {
      if (!handler) throw new Error(`no handler for topic ${message.topic}`);
      await handler(message.payload);
    } catch (error) {
      const delay = Math.min(
        timing.maxRetryMs,
        timing.firstRetryMs * 2 ** message.attempts,
      );
      this.deps.logger.warn(
        `Outbox message ${message.id} (${message.topic}) failed, attempt ${
          message.attempts + 1
        }; trying again in ${Math.round(delay / 1000)} s: ${error}`,
      );
      await retryLater(
        this.deps.db,
        message.id,
        this.now() + delay,
        `${error}`,
      );
      return;
    }
    await delivered(this.deps.db, message.id);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
