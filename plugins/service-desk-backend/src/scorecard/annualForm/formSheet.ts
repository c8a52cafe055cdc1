import ExcelJS from 'exceljs';
import { ScorecardReport } from '@internal/plugin-service-desk-common';
import { FormText } from './formText';
import { scoreHeader, scoreRows, totalText } from './scoreRows';
import {
  addField,
  addLine,
  addSheet,
  addSignature,
  addTable,
} from './sheetStyle';

/** 序号, 一级指标, 二级指标, 指标分值, 评价选项, 评价得分. */
const WIDTHS = [5, 13, 19, 11, 62, 9];
const COLUMNS = WIDTHS.length;
const FIELD = { label: 2, total: COLUMNS };

/** The closing part of the head: where the seal stands, and whose figures these are. */
function sealFields(
  sheet: ExcelJS.Worksheet,
  text: FormText,
  report: ScorecardReport,
) {
  const { t } = text;
  const notes = [
    t(
      report.basis === 'sealed' ? 'closing.basis.sealed' : 'closing.basis.live',
    ),
    ...(report.close?.appealsUntil
      ? [
          t('closing.appealsUntil', {
            time: text.time(report.close.appealsUntil),
          }),
        ]
      : []),
  ];
  addField(
    sheet,
    t('workbook.info.seal'),
    [text.seal(report), ...notes].join('\n'),
    FIELD,
  );
}

/**
 * The form itself, as it is signed: the title, the period with its seal, both scorecards with
 * every deduction in words, and the signature lines. The other sheets are its annexes.
 */
export function addFormSheet(
  book: ExcelJS.Workbook,
  text: FormText,
  report: ScorecardReport,
) {
  const { t } = text;
  const { period } = report;
  const sheet = addSheet(book, t('workbook.sheets.form'), WIDTHS, {
    orientation: 'portrait',
  });
  const title = addLine(sheet, text.title, COLUMNS, {
    size: 16,
    bold: true,
  });
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 36;
  addField(
    sheet,
    t('period.kind'),
    text.period(period.kind, period.label),
    FIELD,
  );
  addField(
    sheet,
    t('workbook.info.range'),
    t('period.range', {
      ...text.range(period),
      zone: period.timeZone,
      ruleYear: String(report.ruleSetYear),
    }),
    FIELD,
  );
  addField(sheet, t('workbook.info.ruleSet'), report.ruleSetVersion, FIELD);
  sealFields(sheet, text, report);
  addField(
    sheet,
    t('home.operational'),
    totalText(text, report.operational),
    FIELD,
  );
  addField(
    sheet,
    t('home.customer'),
    totalText(text, report.customerService),
    FIELD,
  );

  for (const [heading, card] of [
    [t('scorecard.operationalTitle'), report.operational],
    [t('scorecard.customerTitle'), report.customerService],
  ] as const) {
    sheet.addRow([]);
    addLine(sheet, heading, COLUMNS, { size: 12, bold: true });
    addTable(sheet, scoreHeader(text), scoreRows(text, card), {
      bold: row => row[0] === '',
    });
  }
  addLine(sheet, t('scorecard.noDoubleDeduction'), COLUMNS, {
    italic: true,
    color: { argb: 'FF555555' },
  });

  sheet.addRow([]);
  for (const key of ['assessor', 'assessee', 'date'] as const)
    addSignature(sheet, t(`workbook.signatures.${key}`), {
      label: 2,
      blank: 2,
    });
  return sheet;
}
