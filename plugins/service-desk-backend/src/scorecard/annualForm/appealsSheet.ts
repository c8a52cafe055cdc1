import ExcelJS from 'exceljs';
import { Appeal } from '@internal/plugin-service-desk-common';
import { FormText } from './formText';
import { addLine, addSheet, addTable } from './sheetStyle';

const WIDTHS = [6, 13, 15, 40, 7, 26, 24, 11, 16, 9, 24, 11, 16];

/** Every appeal of the year's deductions, in every state, with its decision: kept, never replaced. */
export function addAppealsSheet(
  book: ExcelJS.Workbook,
  text: FormText,
  appeals: readonly Appeal[],
) {
  const { t } = text;
  const name = t('workbook.sheets.appeals');
  const sheet = addSheet(book, name, WIDTHS, { heading: text.annex(name) });
  const column = (key: string) => t(`workbook.appeals.${key as 'no'}`);
  addTable(
    sheet,
    [
      'no',
      'period',
      'item',
      'deduction',
      'points',
      'reason',
      'evidenceLink',
      'filedBy',
      'filedAt',
      'state',
      'decision',
      'decidedBy',
      'decidedAt',
    ].map(column),
    [...appeals]
      .sort((a, b) => a.filedAt.localeCompare(b.filedAt))
      .map(a => [
        `#${a.id}`,
        text.period(a.kind, a.label),
        t(`items.${a.itemId}`),
        text.deduction(a.deduction, a.evidence),
        a.points,
        a.reason,
        a.evidenceLink,
        text.person(a.filedBy),
        text.time(a.filedAt),
        t(`workbook.appeals.states.${a.state}`),
        a.decisionReason,
        text.person(a.decidedBy),
        text.time(a.decidedAt),
      ]),
  );
  if (!appeals.length)
    addLine(sheet, t('workbook.appeals.none'), WIDTHS.length);
}
