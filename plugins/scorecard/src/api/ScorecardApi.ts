import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  Appeal,
  NewAssessmentEntryInput,
  PeriodKind,
  ScorecardLanguage,
  Seal,
  SealRequest,
} from '@internal/plugin-service-desk-common';
import { MeApi } from '@internal/plugin-service-desk-react';
import { AssessmentEntry, ScorecardReport, StatisticsRow } from './types';

export interface ScorecardApi extends MeApi {
  /**
   * A period's report: a sealed period's as sealed, unless `live` asks for the figures computed
   * now (the seal's state and changes come with either). Each item lists its first 200 lines
   * (the rest in its `omitted`) unless `allLines` asks for every one.
   */
  getScorecard(
    kind: PeriodKind,
    period: string,
    options?: { live?: boolean; allLines?: boolean },
  ): Promise<ScorecardReport>;
  /** The §6 statistics of every period of a kind in a year, for the trend charts. */
  getStatistics(
    kind: PeriodKind,
    year: number,
  ): Promise<{ items: StatisticsRow[] }>;
  /** The annual assessment form (《XX 年度服务台考核表》) as the backend builds it, in a language. */
  downloadAnnualWorkbook(
    year: number,
    language: ScorecardLanguage,
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
  /** The lead reports an ended period (§6.7): the manager then approves or returns it. */
  submitForSealing(input: {
    kind: PeriodKind;
    period: string;
    note?: string;
  }): Promise<SealRequest>;
  /** The manager's decision; returning needs a reason. */
  decideSealing(
    requestId: string,
    decision: { approve: boolean; reason?: string },
  ): Promise<{ request: SealRequest; seal?: Seal }>;
  /** Opens a sealed period again; the seal stays on record beside the reason. */
  unseal(sealId: string, reason: string): Promise<Seal>;
  /** The lead appeals one deduction line (ScoreLine.key) of a period's report (申诉). */
  fileAppeal(input: {
    kind: PeriodKind;
    period: string;
    deductionKey: string;
    reason: string;
    evidenceLink?: string;
  }): Promise<Appeal>;
  /** The manager's decision on an appeal (复核), always with a reason. */
  decideAppeal(
    appealId: string,
    decision: { accept: boolean; reason: string },
  ): Promise<Appeal>;
  /** Every appeal filed on a period of the year, every state. */
  listAppeals(year: number): Promise<{ items: Appeal[] }>;
}

export const scorecardApiRef = createApiRef<ScorecardApi>({
  id: 'plugin.scorecard.api',
});
