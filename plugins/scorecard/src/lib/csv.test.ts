import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what needs quoting, keeps numbers, and starts with a BOM for Excel', () => {
    expect(
      toCsv([
        ['序号', 'name', 'score'],
        [1, 'a, "b"', -2],
        [2, 'line\nbreak', undefined],
      ]),
    ).toBe('\uFEFF序号,name,score\r\n1,"a, ""b""",-2\r\n2,"line\nbreak",\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1', '@SUM(A1)']])).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")",-1,\'@SUM(A1)\r\n',
    );
  });
});
