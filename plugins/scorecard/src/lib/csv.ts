export type CsvCell = string | number | undefined | null;

/** Cells that spreadsheets would run as formulas (CSV injection); numbers are left alone. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const text =
    FORMULA.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180, CRLF). The byte-order mark makes Excel read it as UTF-8, which the
 * Chinese names need; without it Excel guesses the legacy code page and shows mojibake.
 */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map(row => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function csvBlob(rows: CsvCell[][]): Blob {
  return new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}
