import { useApi } from '@backstage/frontend-plugin-api';
import { PeriodKind } from '@internal/plugin-service-desk-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardApiRef } from '../api/ScorecardApi';
import { Period } from './usePeriod';

/**
 * The report of a period; `reloads` counts the entries recorded or voided (and the closing steps
 * taken) since; `live` asks for a sealed period's figures as computed now, `allLines` for every
 * deduction of every item.
 */
export function useReport(
  period: Period,
  reloads: number,
  live = false,
  allLines = false,
) {
  const api = useApi(scorecardApiRef);
  return useAsyncRetry(
    () =>
      live || allLines
        ? api.getScorecard(period.kind, period.label, {
            ...(live ? { live } : {}),
            ...(allLines ? { allLines } : {}),
          })
        : api.getScorecard(period.kind, period.label),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, period.kind, period.label, reloads, live, allLines],
  );
}

/**
 * The kind the trend charts step through: a year's own series has one point, so a year is
 * shown month by month.
 */
export function trendKind(kind: PeriodKind): PeriodKind {
  return kind === 'year' ? 'month' : kind;
}

export function useSeries(kind: PeriodKind, year: number, reloads: number) {
  const api = useApi(scorecardApiRef);
  return useAsyncRetry(
    async () => ({
      kind: trendKind(kind),
      items: (await api.getStatistics(trendKind(kind), year)).items,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, kind, year, reloads],
  );
}

/** The entries that occurred in the report's period, voided ones included. */
export function useEntries(
  range: { start: string; end: string } | undefined,
  reloads: number,
) {
  const api = useApi(scorecardApiRef);
  return useAsyncRetry(
    async () =>
      range
        ? (
            await api.listAssessmentEntries({
              from: range.start,
              to: range.end,
            })
          ).items
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, range?.start, range?.end, reloads],
  );
}

/**
 * The appeals filed on the year's periods, once a report says the backend closes periods
 * (`closes`); `reloads` counts the steps taken since.
 */
export function useAppeals(year: number, closes: boolean, reloads: number) {
  const api = useApi(scorecardApiRef);
  return useAsyncRetry(
    async () => (closes ? (await api.listAppeals(year)).items : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, year, closes, reloads],
  );
}
