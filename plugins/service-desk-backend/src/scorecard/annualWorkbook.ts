import {
  PeriodStatistics,
  ScorecardLanguage,
  ScorecardReport,
} from '@internal/plugin-service-desk-common';
import ExcelJS from 'exceljs';
import { addAppealsSheet } from './annualForm/appealsSheet';
import { addFormSheet } from './annualForm/formSheet';
import { formText } from './annualForm/formText';
import {
  addKpiSheet,
  addServiceLevelSheet,
  addStatisticsSheet,
} from './annualForm/tableSheets';

/**
 * The annual assessment form (《YYYY年度服务台考核表》, SPEC §10.2), as a manager hands it over:
 * the form with both scorecards, the seal and the signature lines first, then the §6, §7.1 and
 * §9 tables and the appeals. Every word is the screen's, in the reader's language (Chinese
 * unless asked for English); rates are numbers formatted `0.0%`.
 */
export async function buildAnnualWorkbook(input: {
  year: number;
  /** The year's report; a sealed year's is the seal's, with its close and appeals. */
  report: ScorecardReport;
  months: Array<PeriodStatistics & { label: string }>;
  language?: ScorecardLanguage;
  /** Catalog names of the people who sealed and appealed (see peopleOnForm). */
  names?: ReadonlyMap<string, string>;
}): Promise<ExcelJS.Workbook> {
  const { year, report, months, language = 'zh-CN', names } = input;
  const text = formText({
    language,
    timeZone: report.period.timeZone,
    year,
    names,
  });
  const book = new ExcelJS.Workbook();
  book.creator = 'Service desk';
  book.title = text.title;
  addFormSheet(book, text, report);
  addStatisticsSheet(book, text, report, months);
  addServiceLevelSheet(book, text, report);
  addKpiSheet(book, text, report.kpi);
  addAppealsSheet(book, text, report.appeals ?? []);
  return book;
}

/** The people a year's form names: who submitted and sealed it, who filed and decided appeals. */
export function peopleOnForm(report: ScorecardReport): string[] {
  const { close, appeals = [] } = report;
  return [
    close?.seal?.sealedBy,
    close?.seal?.submittedBy,
    close?.request?.submittedBy,
    close?.request?.decidedBy,
    ...appeals.flatMap(a => [a.filedBy, a.decidedBy]),
  ].filter((ref): ref is string => !!ref);
}
