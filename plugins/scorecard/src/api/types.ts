/** The backend's answers; their shapes are shared through the common package. */
export type {
  AssessmentEntry,
  PeriodStatistics,
  ScorecardReport,
  StatisticsRow,
} from '@internal/plugin-service-desk-common';
