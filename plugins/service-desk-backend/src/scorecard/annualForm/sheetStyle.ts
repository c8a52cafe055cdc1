import ExcelJS from 'exceljs';

/** A rate cell: the ratio itself, shown as a spreadsheet shows a percentage. */
export const PERCENT = '0.0%';

/**
 * 微软雅黑 is on every Chinese Windows and reads well in both languages; the renderer
 * (scripts/render-annual-form.sh) maps it to WenQuanYi Micro Hei.
 */
const FONT = { name: 'Microsoft YaHei', size: 10 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF4' },
};
const LINE_HEIGHT = 14;

export type FormCell = string | number | undefined;

/**
 * A new sheet, set up to print on A4, one page wide, numbered pages. An annex has a `heading`
 * (the form's title and its table's) above its table, whose header row stays in view and is
 * printed again on every page.
 */
export function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  widths: number[],
  options: { orientation?: 'portrait' | 'landscape'; heading?: string } = {},
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: options.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: 0.5,
        right: 0.5,
        top: 0.6,
        bottom: 0.6,
        header: 0.3,
        footer: 0.3,
      },
      ...(options.heading ? { printTitlesRow: '2:2' } : {}),
    },
    headerFooter: { oddFooter: '&C&P / &N' },
    ...(options.heading ? { views: [{ state: 'frozen', ySplit: 2 }] } : {}),
  });
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  if (options.heading)
    addLine(sheet, options.heading, widths.length, { size: 12, bold: true });
  return sheet;
}

/**
 * About how wide text is in column units (the width of a '0'): a Chinese character nearly two,
 * Latin letters and digits a little under one.
 */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 1.8 : 0.9;
  return width;
}

/** The width of columns `from`..`to` (1-based, inclusive), in column units. */
function spanWidth(sheet: ExcelJS.Worksheet, from: number, to: number) {
  let width = 0;
  for (let col = from; col <= to; col++)
    width += sheet.getColumn(col).width ?? 10;
  return width;
}

/**
 * Rows of wrapped text get their height from their longest cell: Excel does not grow a row for
 * wrapped text it opens, so a cell of three deductions would show one. `spans` are the cells'
 * column ranges, for merged ones.
 */
function fitHeight(
  sheet: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  spans: Array<[number, number]>,
) {
  let lines = 1;
  for (const [from, to] of spans) {
    const value = row.getCell(from).value;
    const text = typeof value === 'string' ? value : '';
    // A column unit short of the width: the cell's padding.
    const width = Math.max(1, spanWidth(sheet, from, to) - 1);
    const count = text
      .split('\n')
      .reduce(
        (n, part) => n + Math.max(1, Math.ceil(textWidth(part) / width)),
        0,
      );
    lines = Math.max(lines, count);
  }
  row.height = lines * LINE_HEIGHT + 6;
}

/** Each of the first `columns` columns as its own cell. */
const eachColumn = (columns: number) =>
  Array.from({ length: columns }, (_, i): [number, number] => [i + 1, i + 1]);

/** 序号 and the like centred, other numbers right, words left. */
function alignOf(value: ExcelJS.CellValue, col: number) {
  if (typeof value !== 'number') return 'left';
  return col === 1 ? 'center' : 'right';
}

function style(row: ExcelJS.Row, columns: number) {
  for (let col = 1; col <= columns; col++) {
    const cell = row.getCell(col);
    cell.font = { ...FONT, ...cell.font };
    cell.border = BORDER;
    cell.alignment = {
      wrapText: true,
      vertical: 'top',
      horizontal: alignOf(cell.value, col),
    };
  }
}

/**
 * A bordered table: a shaded header, then the rows, wrapped. Numbers in `percent` columns are
 * rates and get the `0.0%` format; words in them stay words.
 */
export function addTable(
  sheet: ExcelJS.Worksheet,
  header: string[],
  rows: FormCell[][],
  options: {
    percent?: number[];
    bold?: (row: FormCell[], index: number) => boolean;
  } = {},
) {
  const head = sheet.addRow(header);
  head.eachCell(cell => {
    cell.font = { ...FONT, bold: true };
    cell.fill = HEAD_FILL;
  });
  style(head, header.length);
  fitHeight(sheet, head, eachColumn(header.length));
  rows.forEach((values, index) => {
    const row = sheet.addRow(values.map(v => v ?? ''));
    if (options.bold?.(values, index)) row.font = { ...FONT, bold: true };
    for (const col of options.percent ?? []) {
      const cell = row.getCell(col);
      if (typeof cell.value === 'number') cell.numFmt = PERCENT;
    }
    style(row, header.length);
    fitHeight(sheet, row, eachColumn(header.length));
  });
}

/** A line of text across the first `columns` columns: a title, a note. */
export function addLine(
  sheet: ExcelJS.Worksheet,
  text: string,
  columns: number,
  font: Partial<ExcelJS.Font> = {},
) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, columns);
  const cell = row.getCell(1);
  cell.font = { ...FONT, ...font };
  cell.alignment = { wrapText: true, vertical: 'middle' };
  row.height = Math.max(LINE_HEIGHT + 6, ((font.size ?? FONT.size) + 8) * 1.2);
  return row;
}

/**
 * A label and its value, the label over `labelColumns` columns and the value over the rest, as
 * the head of a paper form reads.
 */
export function addField(
  sheet: ExcelJS.Worksheet,
  label: string,
  value: string,
  columns: { label: number; total: number },
) {
  const row = sheet.addRow([label]);
  row.getCell(columns.label + 1).value = value;
  sheet.mergeCells(row.number, 1, row.number, columns.label);
  sheet.mergeCells(row.number, columns.label + 1, row.number, columns.total);
  style(row, columns.total);
  row.getCell(1).font = { ...FONT, bold: true };
  fitHeight(sheet, row, [
    [1, columns.label],
    [columns.label + 1, columns.total],
  ]);
  return row;
}

/** A signature line: the label, then a ruled blank to sign on. */
export function addSignature(
  sheet: ExcelJS.Worksheet,
  label: string,
  columns: { label: number; blank: number },
) {
  const row = sheet.addRow([label]);
  sheet.mergeCells(row.number, 1, row.number, columns.label);
  sheet.mergeCells(
    row.number,
    columns.label + 1,
    row.number,
    columns.label + columns.blank,
  );
  const cell = row.getCell(1);
  cell.font = { ...FONT, bold: true };
  cell.alignment = { horizontal: 'right', vertical: 'bottom' };
  for (let col = columns.label + 1; col <= columns.label + columns.blank; col++)
    row.getCell(col).border = { bottom: THIN };
  row.height = 30;
}
