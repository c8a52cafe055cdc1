import {
  PERIOD_KINDS,
  PeriodKind,
  parsePeriodLabel,
  periodContaining,
  periodsOfYear,
} from '@internal/plugin-service-desk-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ScorecardConfig, useScorecardConfig } from './useScorecardConfig';

export interface Period {
  kind: PeriodKind;
  label: string;
  year: number;
}

/** The period of a kind that holds an instant, in the desk's time zone and cycle rules. */
export function periodAt(
  kind: PeriodKind,
  at: Date,
  config: ScorecardConfig,
): Period {
  // A cycle can end in the next year (21 Dec → cycle 01 of next year), so try that year's rules
  // first and fall back to this year's when they put the instant into this year's cycles.
  const year = Number(periodContaining('year', at, config.timeZone));
  const label = periodContaining(
    kind,
    at,
    config.timeZone,
    config.cycleStartDay(year + 1),
  );
  const chosen =
    kind === 'cycle' && Number(label.slice(0, 4)) === year
      ? periodContaining(kind, at, config.timeZone, config.cycleStartDay(year))
      : label;
  return { kind, label: chosen, year: Number(chosen.slice(0, 4)) };
}

/** When the kind or year changes: the period holding today if the year has it, else the year's last. */
function periodIn(
  kind: PeriodKind,
  year: number,
  config: ScorecardConfig,
  now: Date,
): Period {
  const current = periodAt(kind, now, config);
  if (current.year === year) return current;
  const labels = periodsOfYear(kind, year);
  return { kind, label: labels[labels.length - 1], year };
}

function parse(kind: string | null, label: string | null): Period | undefined {
  if (!kind || !label || !(PERIOD_KINDS as readonly string[]).includes(kind))
    return undefined;
  try {
    const parsed = parsePeriodLabel(kind as PeriodKind, label);
    return { kind: kind as PeriodKind, label, year: parsed.year };
  } catch {
    return undefined;
  }
}

/**
 * The chosen period, kept in the URL (?kind=cycle&period=2026-12) so that a scorecard can be
 * linked to and survives a reload. Without one: the current assessment cycle.
 */
export function usePeriod() {
  const config = useScorecardConfig();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const periodParam = params.get('period');
  const period = useMemo(
    () =>
      parse(kindParam, periodParam) ??
      periodAt('cycle', new Date(Date.now()), config),
    [kindParam, periodParam, config],
  );

  const choose = useCallback(
    (next: Partial<Pick<Period, 'kind' | 'year' | 'label'>>) => {
      const kind = next.kind ?? period.kind;
      const year = next.year ?? period.year;
      const chosen =
        next.label !== undefined
          ? { kind, label: next.label, year }
          : periodIn(kind, year, config, new Date(Date.now()));
      setParams(
        p => {
          const copy = new URLSearchParams(p);
          copy.set('kind', chosen.kind);
          copy.set('period', chosen.label);
          return copy;
        },
        { replace: true },
      );
    },
    [period, config, setParams],
  );

  return { period, choose, config };
}
