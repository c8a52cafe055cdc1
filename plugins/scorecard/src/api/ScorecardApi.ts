import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  NewAssessmentEntryInput,
  PeriodKind,
} from '@internal/plugin-service-desk-common';
import { MeApi } from '@internal/plugin-service-desk-react';
import { AssessmentEntry, ScorecardReport, StatisticsRow } from './types';

export interface ScorecardApi extends MeApi {
  getScorecard(kind: PeriodKind, period: string): Promise<ScorecardReport>;
  /** The §6 statistics of every period of a kind in a year, for the trend charts. */
  getStatistics(
    kind: PeriodKind,
    year: number,
  ): Promise<{ items: StatisticsRow[] }>;
  /** The annual assessment form (《XX 年度服务台考核表》) as the backend builds it. */
  downloadAnnualWorkbook(
    year: number,
  ): Promise<{ blob: Blob; filename: string }>;
  /** Entries that occurred in [from, to), voided ones included. */
  listAssessmentEntries(range: {
    from?: string;
    to?: string;
  }): Promise<{ items: AssessmentEntry[] }>;
  createAssessmentEntry(
    input: NewAssessmentEntryInput,
  ): Promise<AssessmentEntry>;
  /** A ticket by its display id (SD-202611-00042), which is what managers know it by. */
  findTicket(
    displayId: string,
  ): Promise<{ id: string; displayId: string } | undefined>;
}

export const scorecardApiRef = createApiRef<ScorecardApi>({
  id: 'plugin.scorecard.api',
});
