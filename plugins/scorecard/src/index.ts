/**
 * The service desk's scorecard: the regulation's statistics, service levels, scorecards and KPIs
 * computed live, with the entries behind them. The new frontend system imports
 * `@internal/plugin-scorecard/alpha`.
 *
 * @packageDocumentation
 */
export {
  scorecardPlugin,
  ScorecardPage,
  EntityScorecardContent,
} from './plugin';
export { isScorecardAvailable } from './isScorecardAvailable';
export { scorecardApiRef, type ScorecardApi } from './api/ScorecardApi';
export { ScorecardClient } from './api/ScorecardClient';
export type {
  ScorecardReport,
  PeriodStatistics,
  StatisticsRow,
  AssessmentEntry,
} from './api/types';
export { scorecardTranslationRef } from './translation';
