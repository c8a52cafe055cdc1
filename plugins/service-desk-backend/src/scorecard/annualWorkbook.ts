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
}): Promise<ExcelJS.Workbook> {
  const { year, report, months, language = 'zh-CN' } = input;
  const text = formText({
    language,
    timeZone: report.period.timeZone,
    year,
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
