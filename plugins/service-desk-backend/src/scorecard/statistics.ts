import {
  PeriodStatistics,
  SlaTargets,
} from '@internal/plugin-service-desk-common';
import { RatingFigures } from '../database/metrics/eventFigures';
import {
  AcceptedFigures,
  ClosedFigures,
} from '../database/metrics/ticketFigures';
import { KeptFigures } from './keptFigures';

const MINUTE = 60_000;

export const ratio = (hit: number, of: number) => (of ? hit / of : undefined);

export const sum = <T>(xs: T[], f: (x: T) => number) =>
  xs.reduce((a, x) => a + f(x), 0);

/** What the §6 statistics of one period are computed from. */
export interface StatisticsFigures {
  closed: ClosedFigures;
  accepted: AcceptedFigures;
  ratings: RatingFigures;
}

/**
 * The statistics figures of each bucket [boundaries[i], boundaries[i+1]): three grouped queries
 * however many buckets there are, over the months not already kept.
 */
export async function readStatistics(
  figures: KeptFigures,
  { boundaries, targets }: { boundaries: number[]; targets: SlaTargets },
): Promise<StatisticsFigures[]> {
  const [closed, accepted, ratings] = await Promise.all([
    figures.closed(boundaries, targets),
    figures.accepted(boundaries),
    figures.ratings(boundaries),
  ]);
  return closed.map((c, i) => ({
    closed: c,
    accepted: accepted[i],
    ratings: ratings[i],
  }));
}

/** The figures of consecutive buckets as those of the period they make up: counts add up. */
export function totalOf(buckets: StatisticsFigures[]): StatisticsFigures {
  const of = <K extends keyof StatisticsFigures>(kind: K) =>
    buckets.map(b => b[kind]);
  return {
    closed: {
      closed: sum(of('closed'), c => c.closed),
      timely: sum(of('closed'), c => c.timely),
      resolutionMsTotal: sum(of('closed'), c => c.resolutionMsTotal),
    },
    accepted: {
      accepted: sum(of('accepted'), a => a.accepted),
      closed: sum(of('accepted'), a => a.closed),
      calledBack: sum(of('accepted'), a => a.calledBack),
    },
    ratings: {
      ratings: sum(of('ratings'), r => r.ratings),
      satisfied: sum(of('ratings'), r => r.satisfied),
    },
  };
}

export function statisticsFrom({
  closed,
  accepted,
  ratings,
}: StatisticsFigures): PeriodStatistics {
  return {
    closed: closed.closed,
    timely: closed.timely,
    timelinessRate: ratio(closed.timely, closed.closed),
    accepted: accepted.accepted,
    closedOfAccepted: accepted.closed,
    completionRate: ratio(accepted.closed, accepted.accepted),
    averageResolutionMinutes: closed.closed
      ? closed.resolutionMsTotal / closed.closed / MINUTE
      : undefined,
    ratings: ratings.ratings,
    satisfied: ratings.satisfied,
    satisfactionRate: ratio(ratings.satisfied, ratings.ratings),
  };
}
