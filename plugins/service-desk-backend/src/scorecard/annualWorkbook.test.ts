import {
  PeriodStatistics,
  Scorecard,
  ScorecardReport,
  percentOf,
} from '@internal/plugin-service-desk-common';
import ExcelJS from 'exceljs';
import { buildAnnualWorkbook } from './annualWorkbook';

const card = (total: number, maximum: number): Scorecard => ({
  items: [],
  maximum,
  itemsScore: total,
  total,
  percentage: (total / maximum) * 100,
  escalations: [],
});

/** 8 of 9 timely, 1 of 16 closed of those accepted, 2 of 3 satisfied: 88.9, 6.3 and 66.7 %. */
const statistics: PeriodStatistics = {
  closed: 9,
  timely: 8,
  timelinessRate: 8 / 9,
  accepted: 16,
  closedOfAccepted: 1,
  completionRate: 1 / 16,
  averageResolutionMinutes: 42,
  ratings: 3,
  satisfied: 2,
  satisfactionRate: 2 / 3,
};

const report: ScorecardReport = {
  period: {
    kind: 'year',
    label: '2026',
    start: '2025-12-31T16:00:00.000Z',
    end: '2026-12-31T16:00:00.000Z',
    timeZone: 'Asia/Shanghai',
  },
  ruleSetYear: 2026,
  statistics,
  serviceLevels: [
    {
      id: 'phoneAnswerRate',
      target: { comparison: 'atLeast', value: 0.99, unit: 'ratio' },
      measured: 1777 / 2000,
      counts: { hit: 1777, of: 2000 },
      status: 'missed',
      evidence: [],
    },
  ],
  // 46.25 of 70: 66.0714… % → 66.1 %.
  operational: card(92, 100),
  customerService: card(46.25, 70),
  kpi: [],
};

/** What a spreadsheet shows for a `0.0%` cell, to one decimal. */
const shown = (cell: ExcelJS.Cell) => {
  expect(cell.numFmt).toBe('0.0%');
  return (Number(cell.value) * 100).toFixed(1);
};

async function readBack() {
  const written = await buildAnnualWorkbook(2026, report, [
    { ...statistics, label: '2026-11' },
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await written.xlsx.writeBuffer());
  return book;
}

describe('the annual workbook', () => {
  it('shows the rates the screen shows, rounded half-up to one decimal', async () => {
    const month = (await readBack())
      .getWorksheet('§6 统计 Statistics')!
      .getRow(2);
    expect([5, 6, 8].map(c => shown(month.getCell(c)))).toEqual([
      percentOf(8, 9),
      percentOf(1, 16),
      percentOf(2, 3),
    ]);
    // Hand-computed: 88.88… → 88.9, 6.25 → 6.3 (half up, not 6.2), 66.66… → 66.7.
    expect([5, 6, 8].map(c => month.getCell(c).value)).toEqual([
      0.889, 0.063, 0.667,
    ]);
  });

  it('shows a measured rate and the target as a percentage', async () => {
    const sheet = (await readBack()).getWorksheet(
      '§7.1 服务质量 Service levels',
    )!;
    const row = sheet.getRow(2);
    expect(shown(row.getCell(5))).toBe('88.9');
    expect(row.getCell(4).value).toBe('≥ 99%');
  });

  it("writes a card's percentage as the screen does", async () => {
    const sheet = (await readBack()).getWorksheet(
      '§7.4 客服指标 Customer service',
    )!;
    expect(sheet.getRow(sheet.rowCount).getCell(5).value).toBe(
      `${percentOf(46.25, 70)}%`,
    );
    expect(percentOf(46.25, 70)).toBe('66.1');
  });
});
