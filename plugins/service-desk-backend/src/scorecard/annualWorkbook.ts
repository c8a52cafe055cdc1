import {
  MeasureRow,
  PeriodStatistics,
  ScoreItem,
  Scorecard,
  ScorecardReport,
  percentOf,
  roundedRatio,
  thresholdValue,
} from '@internal/plugin-service-desk-common';
import ExcelJS from 'exceljs';

/** Row titles of the regulation's tables, in both languages the portal speaks. */
const TITLES: Record<string, [string, string]> = {
  emergencyResponse: ['突发事件', '突发事件响应时间 ≤15分钟'],
  emergencyClose: ['突发事件', '突发事件及时关单时长 ≤60分钟'],
  permitFailures: ['检修许可', '一级检修许可不合格数 0次'],
  reportFailures: ['报表填写', '报表填写不合格数 ≤3次/周期'],
  eventResponseFailures: ['事件响应', '事件响应不合格数 ≤2次/周期'],
  answerRate: ['电话及时接通率', '20秒内接通率 ≥99%'],
  resolutionRate: ['工单及时处理率', '1小时内及时处理率 ≥99%'],
  satisfaction: ['用户满意度', '投诉或不满意回访'],
  specialWork: ['专项工作', '专项工作完成情况'],
  knowledgeBase: ['运维知识库', '知识库提交情况'],
  securityChecks: ['安全隐患排查治理', '排查、发现、整改'],
  phoneAnswerRate: ['电话及时接通率', 'Phone timely-answer rate'],
  timelyProcessingRate: ['工单及时处理率', 'Ticket timely-processing rate'],
  satisfactionRate: ['用户满意率', 'User satisfaction rate'],
  qualificationRate: ['工单合格率', 'Ticket qualification rate'],
  dispatchSuccessRate: ['派单成功率', 'Dispatch success rate'],
  callbackRate: ['回访率', 'Callback rate'],
};

/**
 * A rate cell: the ratio rounded half-up to a tenth of a percent, shown as `0.0%`, so the sheet
 * reads, and computes with, the figure the screen and the CSV show. Empty when nothing counted.
 */
const PERCENT = '0.0%';
const rateOf = (hit: number, of: number) => (of ? roundedRatio(hit, of) : '');

const HEADER = [
  '序号 No.',
  '一级指标 Indicator',
  '二级指标 Measure',
  '指标分值 Points',
  '评价选项 Deductions',
  '评价得分 Score',
];

function describe(item: ScoreItem): string {
  return item.deductions
    .map(
      d =>
        `${d.reason.code} ${JSON.stringify(d.reason.params)}: −${
          d.points
        } (${d.evidence.map(e => e.label).join(', ')})`,
    )
    .join('\n');
}

function scoreSheet(book: ExcelJS.Workbook, name: string, card: Scorecard) {
  const sheet = book.addWorksheet(name);
  sheet.addRow(HEADER).font = { bold: true };
  card.items.forEach((item, i) => {
    const [first, second] = TITLES[item.id] ?? [item.id, ''];
    sheet.addRow([i + 1, first, second, item.max, describe(item), item.score]);
  });
  if (card.opsSecurity) {
    sheet.addRow([
      '',
      '运维安全 Ops security',
      '',
      '',
      card.opsSecurity.deductions
        .map(d => `${d.reason.code}: −${d.points}`)
        .join('\n'),
      -card.opsSecurity.deducted,
    ]);
  }
  if (card.bonus) {
    sheet.addRow([
      '',
      '附加项 Bonus',
      '',
      card.bonus.max,
      card.bonus.additions
        .map(d => `${d.reason.code}: +${d.points}`)
        .join('\n'),
      card.bonus.score,
    ]);
  }
  sheet.addRow([
    '',
    '合计 Total',
    '',
    card.maximum,
    card.maximum ? `${percentOf(card.total, card.maximum)}%` : '',
    card.total,
  ]).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [8, 22, 30, 12, 60, 12][i]));
}

function measureSheet(
  book: ExcelJS.Workbook,
  name: string,
  rows: Array<MeasureRow<string> & { period?: string }>,
) {
  const sheet = book.addWorksheet(name);
  sheet.addRow([
    '序号 No.',
    '服务度量指标 Measure',
    '期间 Period',
    '协议级别 Target',
    '实测 Measured',
    '计数 Counts',
    '达标 Status',
  ]).font = { bold: true };
  rows.forEach((r, i) => {
    const [zh, en] = TITLES[r.id] ?? [r.id, ''];
    const row = sheet.addRow([
      i + 1,
      `${zh} ${en}`.trim(),
      r.period ?? '',
      `${r.target.comparison === 'atLeast' ? '≥' : '≤'} ${
        r.target.unit === 'ratio'
          ? `${thresholdValue(r.target.value)}%`
          : `${r.target.value} ${r.target.unit}`
      }`,
      r.target.unit === 'ratio' && r.counts
        ? rateOf(r.counts.hit, r.counts.of)
        : r.measured ?? '',
      r.counts ? `${r.counts.hit}/${r.counts.of}` : '',
      r.status,
    ]);
    if (r.target.unit === 'ratio') row.getCell(5).numFmt = PERCENT;
  });
  sheet.columns.forEach((c, i) => (c.width = [8, 40, 12, 16, 14, 12, 10][i]));
}

/** The annual assessment form (《XX 年度服务台考核表》, §10.2): one sheet per table of SPEC §6–§9. */
export async function buildAnnualWorkbook(
  year: number,
  report: ScorecardReport,
  months: Array<PeriodStatistics & { label: string }>,
): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Service desk';
  book.title = `${year}年度服务台考核表`;
  const stats = book.addWorksheet('§6 统计 Statistics');
  stats.addRow([
    '月份 Month',
    '受理 Accepted',
    '关闭 Closed',
    '及时 Timely',
    '及时率 Timeliness',
    '完成率 Completion',
    '平均解决时长(分) Avg minutes',
    '满意率 Satisfaction',
  ]).font = { bold: true };
  for (const m of [...months, { ...report.statistics, label: String(year) }]) {
    const row = stats.addRow([
      m.label,
      m.accepted,
      m.closed,
      m.timely,
      rateOf(m.timely, m.closed),
      rateOf(m.closedOfAccepted, m.accepted),
      m.averageResolutionMinutes ?? '',
      rateOf(m.satisfied, m.ratings),
    ]);
    for (const cell of [5, 6, 8]) row.getCell(cell).numFmt = PERCENT;
  }
  measureSheet(book, '§7.1 服务质量 Service levels', report.serviceLevels);
  scoreSheet(book, '§7.3 运行指标 Operational', report.operational);
  scoreSheet(book, '§7.4 客服指标 Customer service', report.customerService);
  measureSheet(book, '§9 KPI', report.kpi);
  return book;
}
