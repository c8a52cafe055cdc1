import {
  ScorecardLanguage,
  ScorecardReport,
  percentOf,
} from '@internal/plugin-service-desk-common';
import ExcelJS from 'exceljs';
import { buildAnnualWorkbook } from './annualWorkbook';
import {
  november,
  sampleMonths,
  sampleYear,
} from './annualForm/__testUtils__/sampleYear';

async function readBack(
  language?: ScorecardLanguage,
  report: ScorecardReport = sampleYear,
) {
  const written = await buildAnnualWorkbook({
    year: 2026,
    report,
    months: sampleMonths,
    language,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await written.xlsx.writeBuffer());
  return book;
}

/** A sheet's rows as their cells' values, merged cells once. */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  sheet.eachRow(row => {
    const cells: unknown[] = [];
    row.eachCell(cell => {
      if (!cell.isMerged || cell.master === cell) cells.push(cell.value);
    });
    rows.push(cells);
  });
  return rows;
}

/** An annex's table: the rows below its heading, the form's title and the table's. */
function tableOf(sheet: ExcelJS.Worksheet) {
  const [heading, ...rows] = rowsOf(sheet);
  expect(heading).toEqual([
    expect.stringMatching(
      new RegExp(
        `^(2026年度服务台考核表：|Service desk assessment form 2026: )${sheet.name}$`,
      ),
    ),
  ]);
  return rows;
}

const textOf = (sheet: ExcelJS.Worksheet) =>
  rowsOf(sheet)
    .flat()
    .filter(v => typeof v === 'string')
    .join('\n');

/** The row whose first cells are these. */
const rowStarting = (sheet: ExcelJS.Worksheet, ...first: unknown[]) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow(row => {
    if (first.every((v, i) => row.getCell(i + 1).value === v)) found ??= row;
  });
  if (!found) throw new Error(`no row starting ${first.join(', ')}`);
  return found;
};

/** What a spreadsheet shows for a `0.0%` cell. */
const shown = (cell: ExcelJS.Cell) => {
  expect(cell.numFmt).toBe('0.0%');
  return (Number(cell.value) * 100).toFixed(1);
};

describe('the annual workbook in Chinese (the default)', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await readBack();
  });

  it('has the form first, then its annexes, and no code or JSON anywhere', () => {
    expect(book.worksheets.map(s => s.name)).toEqual([
      '考核表',
      '§6 统计',
      '§7.1 服务质量要求',
      '§9 KPI 指标',
      '申诉',
    ]);
    for (const sheet of book.worksheets) {
      const text = textOf(sheet);
      // camelCase codes (emergencyResponseLate, noData, countPerCycle) or JSON parameters.
      expect({
        sheet: sheet.name,
        codes: text.match(/\b[a-z]+[A-Z]\w*|[{}]/g),
      }).toEqual({
        sheet: sheet.name,
        codes: null,
      });
    }
  });

  it('heads the form with its title, period and seal', () => {
    const rows = rowsOf(book.getWorksheet('考核表')!);
    expect(rows.slice(0, 7)).toEqual([
      ['2026年度服务台考核表'],
      ['考核期间', '2026 年'],
      [
        '起止日期',
        '2026-01-01 至 2026-12-31（Asia/Shanghai），适用 2026 年考核规则',
      ],
      ['考核规则版本', '2026'],
      [
        '封存状态',
        'manager.li 于 2027-01-05 10:30 封存，考核规则版本 2026\n以下为封存时上报的数据。\n扣分申诉截止至 2027-01-15 10:30。',
      ],
      ['系统运行（§7.3）', '93.5 / 100 分（93.5%）'],
      ['客户服务（§7.4）', '59 / 70 分（84.3%）'],
    ]);
  });

  it('says each deduction in words, with the ticket and its times in the desk zone', () => {
    const sheet = book.getWorksheet('考核表')!;
    expect(rowStarting(sheet, 2).getCell(5).value).toBe(
      '扣 0.5 分：流转至值班台已 6 天 17 小时，仍未关单，超过 60 分钟' +
        '（SD-202612-00077：受理于 2026-12-18 14:05，尚未关单）',
    );
    expect(rowStarting(sheet, 3).getCell(5).value).toBe(
      '扣 5 分：一级检修开竣工报工不合格（考核记录 #31 10 月 9 日一级检修开工未报工）',
    );
    expect(textOf(sheet)).toContain(
      '扣 1 分：2026 年 11 月：及时处理 95/97（97.9%），低于 99% 整 1 个百分点',
    );
  });

  it('shows a deduction an accepted appeal took back as an adjustment naming it', () => {
    const row = rowStarting(book.getWorksheet('考核表')!, 1);
    expect(row.getCell(5).value).toBe(
      '不扣分\n申诉 #12 已采纳：+2（响应用时 16.7 分钟，超过 15 分钟）',
    );
    expect(row.getCell(6).value).toBe(20);
  });

  it('ends the form with the totals and the signature lines', () => {
    const rows = rowsOf(book.getWorksheet('考核表')!);
    expect(rows.slice(-3)).toEqual([['考核人：'], ['被考核人：'], ['日期：']]);
    expect(rows).toContainEqual([
      '',
      '合计',
      '',
      70,
      '59 / 70 分（84.3%）\n各项满分合计 70 分，总分按 70 分计，不折算为 100 分。',
      59,
    ]);
  });

  it('writes rates as numbers formatted 0.0%, rounded half-up as the screen rounds them', () => {
    const sheet = book.getWorksheet('§6 统计')!;
    const row = rowStarting(sheet, '2026 年 11 月');
    expect([5, 6, 8].map(c => shown(row.getCell(c)))).toEqual([
      percentOf(november.timely, november.closed),
      percentOf(november.closedOfAccepted, november.accepted),
      percentOf(november.satisfied, november.ratings),
    ]);
    // Hand-computed: 88.88… → 88.9, 6.25 → 6.3 (half up, not 6.2), 66.66… → 66.7.
    expect([5, 6, 8].map(c => row.getCell(c).value)).toEqual([
      0.889, 0.063, 0.667,
    ]);
    expect(rowStarting(sheet, '2026 年').getCell(2).value).toBe(1200);
  });

  it('fills the §7.1 period column and writes targets and statuses as the regulation does', () => {
    const rows = tableOf(book.getWorksheet('§7.1 服务质量要求')!);
    expect(rows[0]).toEqual([
      '序号',
      '服务度量指标',
      '考核周期',
      '协议级别',
      '实测',
      '计数',
      '达标情况',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        1,
        '电话及时接通率',
        '2026 年',
        '≥ 99%',
        0.889,
        '2000 个中 1777 个',
        '未达标',
      ],
      [
        2,
        '工单及时处理率',
        '2026 年',
        '≥ 99%',
        0.988,
        '1180 个中 1166 个',
        '未达标',
      ],
      [
        3,
        '突发事件响应时间',
        '2026 年',
        '≤ 15 分钟',
        '最长 16.7 分钟',
        '6 起中 5 起按时',
        '未达标',
      ],
      [
        4,
        '1 个周期内报表填写不合格数',
        '2026 年',
        '每周期 ≤ 3 次',
        '最多的周期 4 次',
        '2026-08 周期：4; 2026-10 周期：1',
        '未达标',
      ],
      [5, '工单合格率', '2026 年', '≥ 100%', '—', '0 个中 0 个', '无数据'],
    ]);
    expect(
      book.getWorksheet('§7.1 服务质量要求')!.getRow(3).getCell(5).numFmt,
    ).toBe('0.0%');
  });

  it('names each KPI row by its own quarter or half-year', () => {
    const rows = tableOf(book.getWorksheet('§9 KPI 指标')!);
    expect(rows.slice(1).map(r => r.slice(1, 5))).toEqual([
      [
        '服务台派单成功率',
        '服务台成功派单数 ÷ 服务台派单总数',
        '2026 年第 4 季度',
        '≥ 95%',
      ],
      [
        '服务台回访率',
        '回访数量 ÷ 服务台受理电子工单数量',
        '2026 年下半年',
        '≥ 98%',
      ],
    ]);
  });

  it('lists every appeal with its decision on its own sheet', () => {
    const rows = tableOf(book.getWorksheet('申诉')!);
    expect(rows[0]).toEqual([
      '编号',
      '期间',
      '考核项',
      '扣分项',
      '扣分',
      '申诉理由',
      '佐证材料',
      '申诉人',
      '申诉时间',
      '状态',
      '审核意见',
      '审核人',
      '审核时间',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        '#13',
        '2026 年 10 月',
        '一级检修许可不合格数',
        '一级检修开竣工报工不合格（考核记录 #31 10 月 9 日一级检修开工未报工）',
        5,
        '开工报工延迟系系统故障',
        '',
        'lead.wang',
        '2026-10-28 16:15',
        '已驳回',
        '未提供系统故障记录',
        'manager.li',
        '2026-10-30 10:00',
      ],
      [
        '#12',
        '2026-11 周期',
        '突发事件响应时间',
        '响应用时 16.7 分钟，超过 15 分钟（SD-202611-00042：受理于 2026-11-03 09:12，关单于 2026-11-03 10:40）',
        2,
        '用户 09:27 已电话通知项目经理，见通话记录',
        'https://desk.example.com/calls/C-20261103-0117',
        'lead.wang',
        '2026-11-22 09:30',
        '已采纳',
        '通话记录属实，通知在 15 分钟内',
        'manager.li',
        '2026-11-24 14:00',
      ],
    ]);
  });

  it('says an open year is not sealed, and that no deduction was appealed', async () => {
    const { close, appeals, basis, ...live } = sampleYear;
    const open = await readBack('zh-CN', live);
    expect(rowsOf(open.getWorksheet('考核表')!)[4]).toEqual([
      '封存状态',
      '未封存 — 实时数据\n以下为当前实时计算的数据。',
    ]);
    expect(tableOf(open.getWorksheet('申诉')!)[1]).toEqual([
      '本年度没有扣分申诉。',
    ]);
  });
});

describe('the annual workbook in English', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await readBack('en');
  });

  it('speaks English throughout, the words of the screen', () => {
    expect(book.worksheets.map(s => s.name)).toEqual([
      'Assessment form',
      '§6 Statistics',
      '§7.1 Service levels',
      '§9 KPIs',
      'Appeals',
    ]);
    const form = book.getWorksheet('Assessment form')!;
    const rows = rowsOf(form);
    expect(rows[0]).toEqual(['Service desk assessment form 2026']);
    expect(rows[4][1]).toBe(
      'Sealed by manager.li on 2027-01-05 10:30, rule set 2026\n' +
        'The figures below are the sealed ones, as reported.\n' +
        'Deductions can be appealed until 2027-01-15 10:30.',
    );
    expect(rowStarting(form, 1).getCell(5).value).toBe(
      'No deduction\nAppeal #12 accepted: +2 (Response took 16.7 min, over 15 min)',
    );
    expect(rowStarting(form, 2).getCell(5).value).toBe(
      '−0.5: Still open 6 d 17 h after reaching the desk, over 60 min ' +
        '(SD-202612-00077: Accepted 2026-12-18 14:05, still open)',
    );
    expect(rows.slice(-3)).toEqual([['Assessor:'], ['Assessee:'], ['Date:']]);
  });

  it('writes the same numbers, targets and statuses in English', () => {
    const levels = tableOf(book.getWorksheet('§7.1 Service levels')!);
    expect(levels[4]).toEqual([
      4,
      'Report-filling failures in a cycle',
      'Year 2026',
      '≤ 3 times per cycle',
      'worst cycle 4 times',
      'cycle 2026-08: 4; cycle 2026-10: 1',
      'Missed',
    ]);
    const month = rowStarting(book.getWorksheet('§6 Statistics')!, '2026-11');
    expect(shown(month.getCell(6))).toBe('6.3');
  });

  it('lists the appeals in English', () => {
    const rows = tableOf(book.getWorksheet('Appeals')!);
    expect(rows[1].slice(0, 5)).toEqual([
      '#13',
      '2026-10',
      'Level-1 maintenance-permit failures',
      'Failed level-1 permit start/finish report (Entry #31 10 月 9 日一级检修开工未报工)',
      5,
    ]);
    expect(rows[2][9]).toBe('Accepted');
    expect(rows[1][9]).toBe('Rejected');
    expect(rows[2][1]).toBe('Cycle 2026-11');
  });
});

// `ANNUAL_FORM_XLSX=/tmp/annual-form.xlsx` writes the sample year's form for
// scripts/render-annual-form.sh (README, "The annual form").
const out = process.env.ANNUAL_FORM_XLSX;
(out ? it : it.skip)('writes the sample form to ANNUAL_FORM_XLSX', async () => {
  const book = await buildAnnualWorkbook({
    year: 2026,
    report: sampleYear,
    months: sampleMonths,
    language: process.env.ANNUAL_FORM_LANG === 'en' ? 'en' : 'zh-CN',
  });
  await book.xlsx.writeFile(out!);
});
