import { Appeal, PeriodRef } from '@internal/plugin-service-desk-common';
import { Me } from '@internal/plugin-service-desk-react';
import { createContext, useContext } from 'react';
import { ScorecardReport } from '../../api/types';

/** What the deduction lines of a report need to offer and show appeals. */
export interface ReportAppeals {
  period: PeriodRef;
  /** Every appeal of the report's deductions, every state. */
  appeals: Appeal[];
  /**
   * The reader may appeal a line now: the lead (the policy grants scorecardAppealFilePermission
   * to that role), before the period is sealed or until its appeal window closes.
   */
  canFile: boolean;
  /** After an appeal is filed, so the report and the appeals are fetched again. */
  onFiled: () => void;
}

/**
 * The appeals of a report as its lines read them; none for a backend that does not close
 * periods (the report has no `close`).
 */
export function reportAppeals(
  report: ScorecardReport,
  me: Me | undefined,
  onFiled: () => void,
  now = Date.now(),
): ReportAppeals | undefined {
  const { close } = report;
  if (!close) return undefined;
  const windowOpen =
    close.status !== 'sealed' ||
    (!!close.appealsUntil && Date.parse(close.appealsUntil) > now);
  return {
    period: { kind: report.period.kind, label: report.period.label },
    appeals: report.appeals ?? [],
    canFile: !!me?.roles.includes('lead') && windowOpen,
    onFiled,
  };
}

/**
 * The appeal that stands for a line: a pending or accepted one (the backend refuses another),
 * else the last rejected one, after which the lead may appeal again.
 */
export function standingAppeal(
  appeals: Appeal[],
  key: string,
): Appeal | undefined {
  const ofLine = appeals
    .filter(a => a.deductionKey === key)
    .sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  return ofLine.find(a => a.state !== 'rejected') ?? ofLine[0];
}

const AppealsContext = createContext<ReportAppeals | undefined>(undefined);

/**
 * Given around a report's tables, so that each deduction line, deep in the scorecard's table,
 * finds its appeals without every table in between passing them on.
 */
export const AppealsProvider = AppealsContext.Provider;

export const useReportAppeals = () => useContext(AppealsContext);
