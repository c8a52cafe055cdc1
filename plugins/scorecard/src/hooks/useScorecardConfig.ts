import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';

/** The regulation's cycle start (SPEC §6): the 21st to the 20th of the next month. */
const REGULATION_CYCLE_START_DAY = 21;

export interface ScorecardConfig {
  timeZone: string;
  /** The day a year's cycles start, as the backend's rule set for that year says. */
  cycleStartDay(year: number): number;
  /** The first year with rules; earlier years have no scorecard (the backend answers 400). */
  firstYear?: number;
}

/** The frontend-visible parts of the `serviceDesk` config the scorecard needs. */
export function useScorecardConfig(): ScorecardConfig {
  const config = useApi(configApiRef);
  return useMemo(() => {
    const desk = config.getOptionalConfig('serviceDesk');
    const sets = (desk?.getOptionalConfigArray('ruleSets') ?? []).map(set => ({
      year: set.getNumber('year'),
      cycleStartDay:
        set.getOptionalNumber('cycleStartDay') ?? REGULATION_CYCLE_START_DAY,
    }));
    return {
      timeZone: desk?.getOptionalString('timeZone') ?? 'Asia/Shanghai',
      // As the backend's ruleSetFor: a year keeps the latest rules of a year at or before it.
      cycleStartDay: (year: number) =>
        sets.filter(s => s.year <= year).sort((a, b) => b.year - a.year)[0]
          ?.cycleStartDay ?? REGULATION_CYCLE_START_DAY,
      firstYear: sets.length ? Math.min(...sets.map(s => s.year)) : undefined,
    };
  }, [config]);
}
