import { SlaTargets } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { callFigures, lateCalls } from '../database/metrics/callFigures';
import {
  TimeRange,
  dispatchFigures,
  dissatisfiedCallbacks,
  emergenciesAccepted,
  occurredAtCorrections,
  ratingFigures,
} from '../database/metrics/eventFigures';
import { RollupScope, overMonths } from '../database/metrics/rollups';
import {
  acceptedFigures,
  closedFigures,
  lateClosedTickets,
} from '../database/metrics/ticketFigures';

/** Counts of consecutive pieces as those of the bucket they make up. */
function addUp<T extends object>(pieces: T[]): T {
  const total: Record<string, number> = {};
  for (const piece of pieces) {
    for (const [k, v] of Object.entries(piece)) total[k] = (total[k] ?? 0) + v;
  }
  return total as T;
}

/** Lists of consecutive pieces one after the other, up to `limit` when they are evidence. */
const concatenated =
  (limit = Infinity) =>
  <T>(pieces: T[][]): T[] =>
    pieces.flat().slice(0, limit);

/** A figure over a range read per bucket: one query for each bucket read afresh. */
const perRange =
  <T>(read: (range: TimeRange) => Promise<T>) =>
  (boundaries: number[]) =>
    Promise.all(
      boundaries.slice(1).map((to, i) => read({ from: boundaries[i], to })),
    );

/**
 * The scorecard's figures as kept per closed month (database/metrics/rollups.ts): each takes
 * the buckets it is wanted in and reads the closed months' from their kept rows. The names carry
 * a version: bump it with the SQL of its figure.
 */
export function keptFigures(db: Knex, scope: RollupScope) {
  const summed = <T extends object>(
    name: string,
    params: unknown,
    compute: (boundaries: number[]) => Promise<T[]>,
    boundaries: number[],
  ) => overMonths(db, scope, { name, params, compute }, boundaries, addUp);
  const listed = <T>(
    name: string,
    params: unknown,
    compute: (boundaries: number[]) => Promise<T[][]>,
    boundaries: number[],
    limit?: number,
  ) =>
    overMonths(
      db,
      scope,
      { name, params, compute },
      boundaries,
      concatenated(limit),
    );
  /** The list of a whole range, from the lists of its months. */
  const inRange = async <T>(
    name: string,
    read: (db: Knex, range: TimeRange) => Promise<T[]>,
    { from, to }: TimeRange,
  ) => {
    const [list] = await listed(
      name,
      null,
      perRange(range => read(db, range)),
      [from, to],
    );
    return list;
  };

  return {
    closed: (boundaries: number[], targets: SlaTargets) =>
      summed(
        'closed.v1',
        targets,
        b => closedFigures(db, { boundaries: b, targets }),
        boundaries,
      ),
    accepted: (boundaries: number[]) =>
      summed(
        'accepted.v1',
        null,
        b => acceptedFigures(db, { boundaries: b }),
        boundaries,
      ),
    ratings: (boundaries: number[]) =>
      summed(
        'ratings.v1',
        null,
        b => ratingFigures(db, { boundaries: b }),
        boundaries,
      ),
    dispatches: (boundaries: number[]) =>
      summed(
        'dispatches.v1',
        null,
        b => dispatchFigures(db, { boundaries: b }),
        boundaries,
      ),
    calls: (boundaries: number[], answerMs: number) =>
      summed(
        'calls.v1',
        answerMs,
        b => callFigures(db, { boundaries: b, answerMs }),
        boundaries,
      ),
    lateTickets: (boundaries: number[], targets: SlaTargets, limit: number) =>
      listed(
        'lateTickets.v1',
        { targets, limit },
        b => lateClosedTickets(db, { boundaries: b, targets, limit }),
        boundaries,
        limit,
      ),
    lateCalls: (boundaries: number[], answerMs: number, limit: number) =>
      listed(
        'lateCalls.v1',
        { answerMs, limit },
        b => lateCalls(db, { boundaries: b, answerMs, limit }),
        boundaries,
        limit,
      ),
    emergencies: (range: TimeRange) =>
      inRange('emergencies.v1', emergenciesAccepted, range),
    corrections: (range: TimeRange) =>
      inRange('corrections.v1', occurredAtCorrections, range),
    dissatisfied: (range: TimeRange) =>
      inRange('dissatisfied.v1', dissatisfiedCallbacks, range),
  };
}

export type KeptFigures = ReturnType<typeof keptFigures>;
