import { mockCredentials } from '@backstage/backend-test-utils';
import ExcelJS from 'exceljs';
import { Knex } from 'knex';
import request from 'supertest';
import { CALLS, ROLLUPS } from '../database/tables';
import { binaryBody } from '../__testUtils__/deskApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { HistoryStep, importedTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(90_000);

const AGENT = 'user:default/li.na';
const LEAD = 'user:default/wang.fang';
const PM = 'user:default/zhang.wei';
const ENG = 'user:default/ma.chao';
const MANAGER = 'user:default/huang.wei';

const handled = (
  dispatchAt: number,
  closeAt: number,
  rating = 'satisfied',
): HistoryStep[] => [
  [dispatchAt, AGENT, 'dispatch'],
  [dispatchAt + 1, PM, 'assign', { assigneeRef: ENG }],
  [dispatchAt + 2, ENG, 'resolve', { resolution: 'fixed' }],
  [dispatchAt + 3, PM, 'confirm_completion'],
  [dispatchAt + 4, AGENT, 'confirm'],
  [closeAt - 1, LEAD, 'callback', { rating, userConfirmed: true }],
  [closeAt, LEAD, 'close'],
];

/**
 * November 2026, computed by hand from SPEC §5–§7 (the rule set of app-config.yaml):
 * T1 timely by hand-over (20 min); T2 late (hand-over 90 min, closed next day); T3 solved online
 * and closed in 50 min; E1 emergency notified 20 min after it occurred (> 15) and closed 85 min
 * after acceptance (> 60); E2 emergency dispatched 10 min after it occurred but the desk told
 * the people concerned only at 20 min (§7.3(2): the notification, not the dispatch, counts:
 * > 15), closed in 48 min;
 * T6 reopened by an unsatisfied callback, then closed; T7 dispatched, rejected as unclear,
 * dispatched again, still open.
 */
const NOVEMBER = [
  importedTicket('T1', '2026-11-02T01:00:00Z', handled(20, 25 * 60)),
  importedTicket(
    'T2',
    '2026-11-04T01:00:00Z',
    handled(90, 26 * 60, 'very_satisfied'),
  ),
  importedTicket('T3', '2026-11-06T01:00:00Z', [
    [30, AGENT, 'resolve', { resolution: 'restarted the client' }],
    [31, AGENT, 'confirm'],
    [
      49,
      LEAD,
      'callback',
      { rating: 'basically_satisfied', userConfirmed: true },
    ],
    [50, LEAD, 'close'],
  ]),
  importedTicket(
    'E1',
    '2026-11-10T00:05:00Z',
    [
      [15, AGENT, 'notify', { notifiedWhom: '项目经理 张伟' }],
      ...handled(20, 85),
    ],
    {
      emergency: true,
      occurredAt: '2026-11-10T00:00:00Z',
    },
  ),
  importedTicket(
    'E2',
    '2026-11-12T00:02:00Z',
    [
      [8, AGENT, 'dispatch'],
      [18, AGENT, 'notify', { notifiedWhom: '项目经理 张伟、调度员 李强' }],
      [19, PM, 'assign', { assigneeRef: ENG }],
      [20, ENG, 'resolve', { resolution: 'fixed' }],
      [21, PM, 'confirm_completion'],
      [22, AGENT, 'confirm'],
      [47, LEAD, 'callback', { rating: 'satisfied', userConfirmed: true }],
      [48, LEAD, 'close'],
    ],
    { emergency: true, occurredAt: '2026-11-12T00:00:00Z' },
  ),
  importedTicket('T6', '2026-11-14T01:00:00Z', [
    ...handled(10, 300).slice(0, 5),
    [200, LEAD, 'callback', { rating: 'unsatisfied', userConfirmed: false }],
    [210, ENG, 'resolve', { resolution: 'really fixed' }],
    [220, PM, 'confirm_completion'],
    [230, AGENT, 'confirm'],
    [299, LEAD, 'callback', { rating: 'satisfied', userConfirmed: true }],
    [300, LEAD, 'close'],
  ]),
  // E3, in June (away from the November figures): answered in 8 min, never closed. At the end
  // of June (30 Jun 16:00 UTC) it has been open 25 d 15 h = 36 900 min since reaching the desk.
  importedTicket(
    'E3',
    '2026-06-05T01:00:00Z',
    [[3, AGENT, 'notify', { notifiedWhom: '项目经理 张伟' }]],
    { emergency: true, occurredAt: '2026-06-05T00:55:00Z' },
  ),
  importedTicket('T7', '2026-11-16T01:00:00Z', [
    [10, AGENT, 'dispatch'],
    [
      20,
      PM,
      'reject_dispatch',
      { reason: 'unclear', comment: 'which station?' },
    ],
    [30, AGENT, 'dispatch'],
  ]),
];

const rejected = (
  minute: number,
  reason: 'unclear' | 'misrouted',
): [number, string, string, object] => [
  minute,
  PM,
  'reject_dispatch',
  { reason, comment: 'sent back' },
];

/**
 * Dispatches in the first quarter of 2026, away from November, in its two cycles that hold them
 * (cycles run 21st → 20th, days in Asia/Shanghai):
 *   D1 25 Jan (cycle 2026-02, January):  1 dispatch;
 *   D2  3 Feb (cycle 2026-02, February): 2 dispatches, 1 sent back as unclear;
 *   D3 25 Feb (cycle 2026-03, February): 2 dispatches, 1 sent back as misrouted (still qualified);
 *   D4 10 Mar (cycle 2026-03, March):    3 dispatches, 2 sent back as unclear.
 * All stay open, so no statistics of a closed ticket move.
 */
const FIRST_QUARTER = [
  importedTicket('D1', '2026-01-25T01:00:00Z', [[10, AGENT, 'dispatch']]),
  importedTicket('D2', '2026-02-03T01:00:00Z', [
    [10, AGENT, 'dispatch'],
    rejected(20, 'unclear'),
    [30, AGENT, 'dispatch'],
  ]),
  importedTicket('D3', '2026-02-25T01:00:00Z', [
    [10, AGENT, 'dispatch'],
    rejected(20, 'misrouted'),
    [30, AGENT, 'dispatch'],
  ]),
  importedTicket('D4', '2026-03-10T01:00:00Z', [
    [10, AGENT, 'dispatch'],
    rejected(20, 'unclear'),
    [30, AGENT, 'dispatch'],
    rejected(40, 'unclear'),
    [50, AGENT, 'dispatch'],
  ]),
];

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('scorecards on %p', databaseId => {
  let knex: Knex;
  let server: any;
  const as = (user: string) => ({
    get: (url: string) =>
      request(server)
        .get(`/api/service-desk${url}`)
        .set('Authorization', mockCredentials.user.header(user)),
    post: (url: string, body: object) =>
      request(server)
        .post(`/api/service-desk${url}`)
        .set('Authorization', mockCredentials.user.header(user))
        .send(body),
  });

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startDeskBackend({ knex }));
    const imported = await as(LEAD).post('/import', {
      tickets: [...NOVEMBER, ...FIRST_QUARTER],
    });
    // Setup, not the test's subject: a refusal stops the suite with the answer.
    if (imported.status !== 201)
      throw new Error(`import refused: ${JSON.stringify(imported.body)}`);
    const id = (x: string) =>
      imported.body.imported.find((t: any) => t.externalId === x).id;
    // 100 answered calls in November: 97 within 20 s, 3 after 25 s.
    await knex(CALLS).insert(
      Array.from({ length: 100 }, (_, i) => {
        const ring = Date.parse('2026-11-03T02:00:00Z') + i * 3_600_000;
        return {
          call_id: `C${i}`,
          ring_at: ring,
          answered_at: ring + (i < 3 ? 25_000 : 5_000),
          ended_at: ring + 300_000,
        };
      }),
    );
    const entry = (body: object) =>
      as(MANAGER).post('/assessment-entries', {
        description: 'recorded for the test',
        ...body,
      });
    for (const body of [
      { kind: 'permit_failure', occurredAt: '2026-11-05T03:00:00Z' },
      ...['03', '05', '10', '18'].map(d => ({
        kind: 'report_failure',
        occurredAt: `2026-11-${d}T03:00:00Z`,
      })),
      {
        kind: 'event_response_failure',
        occurredAt: '2026-11-10T03:00:00Z',
        ticketId: id('E1'),
      },
      {
        kind: 'special_work',
        grade: 'on_time_poor',
        occurredAt: '2026-11-07T03:00:00Z',
      },
      {
        kind: 'knowledge_base',
        grade: 'missing_or_poor',
        occurredAt: '2026-11-08T03:00:00Z',
      },
      {
        kind: 'security_check',
        grade: 'not_done',
        occurredAt: '2026-11-09T03:00:00Z',
      },
      {
        kind: 'ops_security',
        grade: 'no_nda',
        persons: 2,
        occurredAt: '2026-11-09T03:00:00Z',
      },
      {
        kind: 'bonus',
        grade: 'best_practice',
        occurredAt: '2026-11-11T03:00:00Z',
      },
      { kind: 'desk_complaint', occurredAt: '2026-11-12T03:00:00Z' },
    ]) {
      const recorded = await entry(body);
      if (recorded.status !== 201)
        throw new Error(`entry refused: ${JSON.stringify(recorded.body)}`);
    }
    // A permit failure recorded by mistake and voided: it must not count.
    const wrong = await entry({
      kind: 'permit_failure',
      occurredAt: '2026-11-06T03:00:00Z',
    });
    await entry({
      kind: 'void',
      voidsId: wrong.body.id,
      occurredAt: '2026-11-06T03:00:00Z',
    });
  });

  const item = (card: any, id: string) =>
    card.items.find((i: any) => i.id === id);

  it('scores the operational table (SPEC §7.1): 16 + 10 + 35 + 9 + 20 = 90', async () => {
    const res = await as(MANAGER).get('/scorecard?kind=month&period=2026-11');
    expect(res.status).toBe(200);
    const op = res.body.operational;
    // E1 is late on both emergency items: counted once, at −2, in emergency response; E2's
    // response is 20 min (its dispatch at 10 min is not the notification): −2 more.
    expect(item(op, 'emergencyResponse')).toMatchObject({ score: 16 });
    expect(
      item(op, 'emergencyResponse').deductions.map(
        (d: any) => d.reason.params.minutes,
      ),
    ).toEqual([20, 20]);
    expect(
      item(op, 'emergencyResponse').deductions[0].evidence.map(
        (e: any) => e.label,
      ),
    ).toEqual([expect.stringMatching(/^SD-202611-/)]);
    expect(item(op, 'emergencyClose')).toMatchObject({ score: 10 });
    expect(item(op, 'emergencyClose').excluded).toHaveLength(1);
    expect(item(op, 'permitFailures')).toMatchObject({ score: 35 });
    // 4 report failures in cycle 2026-11: one full group of 3 → −1.
    expect(item(op, 'reportFailures')).toMatchObject({ score: 9 });
    // The event-response failure is E1's, already counted at −2.
    expect(item(op, 'eventResponseFailures')).toMatchObject({ score: 20 });
    expect(op).toMatchObject({ maximum: 100, total: 90 });
  });

  it('lists each ticket behind a deduction with its title, times and people', async () => {
    const op = (await as(MANAGER).get('/scorecard?kind=month&period=2026-11'))
      .body.operational;
    const [e1] = item(op, 'emergencyResponse').deductions[0].evidence;
    expect(e1.details).toEqual({
      title: 'E1',
      acceptedAt: '2026-11-10T00:05:00.000Z',
      closedAt: '2026-11-10T01:30:00.000Z',
      acceptedBy: AGENT,
      pmRef: PM,
    });
  });

  it('says an open late emergency is still open, with the time so far', async () => {
    const op = (await as(MANAGER).get('/scorecard?kind=month&period=2026-06'))
      .body.operational;
    expect(item(op, 'emergencyResponse').deductions).toEqual([]);
    const [line] = item(op, 'emergencyClose').deductions;
    expect(line.reason).toEqual({
      code: 'emergencyCloseLate',
      params: { minutes: 36_900, limit: 60, running: 1 },
    });
    expect(line.evidence[0].details).toMatchObject({ title: 'E3' });
    expect(line.evidence[0].details.closedAt).toBeUndefined();
  });

  it('scores the customer-service table (SPEC §7.2): 33 of 70', async () => {
    const cs = (await as(LEAD).get('/scorecard?kind=month&period=2026-11')).body
      .customerService;
    // 97 of 100 calls in 20 s: 2 full points under 99 % → 8.
    expect(item(cs, 'answerRate')).toMatchObject({ score: 8 });
    // 5 of 6 closed tickets timely (83.3 %): 15 points under → capped at 10 → 0.
    expect(item(cs, 'resolutionRate')).toMatchObject({ score: 0 });
    // T6's unsatisfied callback and one complaint about the desk: −5 each.
    expect(item(cs, 'satisfaction')).toMatchObject({ score: 10 });
    expect(item(cs, 'specialWork')).toMatchObject({ score: 8 });
    expect(item(cs, 'knowledgeBase')).toMatchObject({ score: 7 });
    expect(item(cs, 'securityChecks')).toMatchObject({ score: 5 });
    // 38 + bonus 5 − ops security 10 (two people without an NDA) = 33 of a true maximum of 70.
    expect(cs).toMatchObject({ maximum: 70, itemsScore: 38, total: 33 });
    expect(cs.percentage).toBeCloseTo((33 / 70) * 100, 6);
  });

  it('fills the §6 statistics, the §7.1 service levels and the §9 KPIs', async () => {
    const report = (await as(AGENT).get('/scorecard?kind=month&period=2026-11'))
      .body;
    expect(report.statistics).toMatchObject({
      closed: 6,
      timely: 5,
      accepted: 7,
      closedOfAccepted: 6,
      ratings: 7,
      satisfied: 6,
    });
    const sla = Object.fromEntries(
      report.serviceLevels.map((r: any) => [r.id, r]),
    );
    expect(sla.phoneAnswerRate).toMatchObject({
      counts: { hit: 97, of: 100 },
      status: 'missed',
    });
    expect(sla.timelyProcessingRate).toMatchObject({
      counts: { hit: 5, of: 6 },
      status: 'missed',
    });
    expect(sla.satisfactionRate).toMatchObject({
      counts: { hit: 6, of: 7 },
      status: 'missed',
    });
    expect(sla.emergencyResponse).toMatchObject({
      measured: 20,
      status: 'missed',
    });
    expect(sla.emergencyClose).toMatchObject({
      measured: 85,
      status: 'missed',
    });
    expect(sla.qualificationRate).toMatchObject({
      counts: { hit: 6, of: 7 },
      status: 'missed',
    });
    expect(sla.eventResponseFailures).toMatchObject({ status: 'met' });
    expect(report.kpi).toEqual([
      expect.objectContaining({
        id: 'dispatchSuccessRate',
        period: '2026-Q4',
        counts: { hit: 6, of: 7 },
        status: 'missed',
      }),
      expect.objectContaining({
        id: 'callbackRate',
        period: '2026-H2',
        counts: { hit: 6, of: 7 },
        status: 'missed',
      }),
    ]);
  });

  it.each<[string, string, number, number]>([
    // qualified = dispatches − those sent back as unclear (§7.3(1)).
    ['cycle', '2026-02', 2, 3], // D1 1 + D2 2 − 1
    ['cycle', '2026-03', 3, 5], // D3 2 + D4 3 − 2
    ['month', '2026-01', 1, 1], // D1
    ['month', '2026-02', 3, 4], // D2 2 + D3 2 − 1
    ['month', '2026-03', 1, 3], // D4 3 − 2
    ['quarter', '2026-Q1', 5, 8], // all four
  ])(
    'counts the §7.1 qualification rate of %s %s from its own dispatches: %d of %d',
    async (kind, label, hit, of) => {
      const report = (
        await as(MANAGER).get(`/scorecard?kind=${kind}&period=${label}`)
      ).body;
      const qualification = report.serviceLevels.find(
        (r: any) => r.id === 'qualificationRate',
      );
      expect(qualification.counts).toEqual({ hit, of });
      // §9 dispatch success stays the quarter's: 8 dispatches, 4 sent back (D2, D3, D4 ×2).
      expect(
        report.kpi.find((r: any) => r.id === 'dispatchSuccessRate'),
      ).toMatchObject({ period: '2026-Q1', counts: { hit: 4, of: 8 } });
    },
  );

  it('gives a trend per month and exports the annual form as a real workbook', async () => {
    const months = (await as(MANAGER).get('/statistics?kind=month&year=2026'))
      .body.items;
    expect(months).toHaveLength(12);
    expect(months[10]).toMatchObject({
      label: '2026-11',
      closed: 6,
      accepted: 7,
    });
    expect(months[9]).toMatchObject({ label: '2026-10', closed: 0 });
    const res = await as(MANAGER)
      .get('/scorecard/annual.xlsx?year=2026')
      .buffer(true)
      .parse(binaryBody);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map(w => w.name)).toEqual([
      '考核表',
      '§6 统计',
      '§7.1 服务质量要求',
      '§9 KPI 指标',
      '申诉',
    ]);
    // The year: November's 90, less 0.5 for E3 still open in June, as the form's §7.3 total.
    const form = book.getWorksheet('考核表')!;
    const operationalTotal = form.getRow(6).getCell(3).value;
    expect(operationalTotal).toBe('89.5 / 100 分（89.5%）');
    const english = await as(MANAGER)
      .get('/scorecard/annual.xlsx?year=2026&lang=en')
      .buffer(true)
      .parse(binaryBody);
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(english.body);
    expect(en.worksheets[0].name).toBe('Assessment form');
    expect(en.worksheets[0].getRow(5).getCell(3).value).toMatch(
      /^Open — live figures/,
    );
    expect(
      (await as(MANAGER).get('/scorecard/annual.xlsx?year=2026&lang=fr'))
        .status,
    ).toBe(400);
  });

  it('refuses bad periods and people outside the desk', async () => {
    expect(
      (await as(MANAGER).get('/scorecard?kind=week&period=2026-11')).status,
    ).toBe(400);
    expect(
      (await as(MANAGER).get('/scorecard?kind=month&period=2026-13')).status,
    ).toBe(400);
    expect(
      (await as(MANAGER).get('/scorecard?kind=year&period=1999')).body.error
        .message,
    ).toMatch(/period/);
    expect(
      (await as(ENG).get('/scorecard?kind=month&period=2026-11')).status,
    ).toBe(403);
  });

  it('lists as many lines per item as asked, every figure still that of all of them', async () => {
    const get = (lines?: string) =>
      as(MANAGER).get(
        `/scorecard?kind=month&period=2026-11${lines ? `&lines=${lines}` : ''}`,
      );
    const all = (await get('all')).body;
    const one = (await get('1')).body;
    const satisfaction = (report: any) =>
      item(report.customerService, 'satisfaction');
    expect(satisfaction(all).deductions).toHaveLength(2);
    expect(satisfaction(all).omitted).toBeUndefined();
    expect(satisfaction(one).deductions).toEqual([
      satisfaction(all).deductions[0],
    ]);
    expect(satisfaction(one).omitted).toEqual({
      deductions: 1,
      points: satisfaction(all).deductions[1].points,
      excluded: 0,
    });
    expect(satisfaction(one).score).toBe(satisfaction(all).score);
    expect(one.customerService.total).toBe(all.customerService.total);
    // A measure lists as many records behind it, and counts the rest.
    const wide = all.serviceLevels.filter((r: any) => r.evidence.length > 1);
    expect(wide.length).toBeGreaterThan(0);
    for (const row of wide) {
      const bounded = one.serviceLevels.find((r: any) => r.id === row.id);
      expect(bounded.evidence).toEqual([row.evidence[0]]);
      expect(bounded.evidenceOmitted).toBe(row.evidence.length - 1);
      expect(bounded.measured).toEqual(row.measured);
    }
    // 200 by default: November's few lines are all there.
    expect(satisfaction((await get()).body)).toEqual(satisfaction(all));
    for (const bad of ['0', '-3', 'some', '1.5']) {
      expect((await get(bad)).status).toBe(400);
    }
  });

  // Last: it imports into November.
  it('reads closed months from their kept figures as from the tickets, and shows a late change at once', async () => {
    const november = async () =>
      (await as(MANAGER).get('/scorecard?kind=month&period=2026-11')).body;
    const trend = async () =>
      (await as(MANAGER).get('/statistics?kind=month&year=2026')).body.items;
    const fromTickets = async () => {
      await knex(ROLLUPS).delete();
      return { report: await november(), months: await trend() };
    };
    const before = await fromTickets();
    expect(await knex(ROLLUPS).whereNotNull('value').pluck('figure')).toEqual(
      expect.arrayContaining(['closed.v1', 'emergencies.v1']),
    );
    expect({ report: await november(), months: await trend() }).toEqual(before);

    // A ticket of November imported in December: the kept November is no longer read.
    const imported = await as(LEAD).post('/import', {
      tickets: [importedTicket('T9', '2026-11-20T01:00:00Z', handled(20, 60))],
    });
    expect(imported.status).toBe(201);
    const after = { report: await november(), months: await trend() };
    expect(after.report.statistics.closed).toBe(
      before.report.statistics.closed + 1,
    );
    expect(after.months[10].closed).toBe(before.months[10].closed + 1);
    expect(await fromTickets()).toEqual(after);
  });
});
