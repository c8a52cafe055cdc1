import ExcelJS from 'exceljs';
import { Knex } from 'knex';
import { SEALS, SEAL_REQUESTS } from '../database/tables';
import { asUser, binaryBody } from '../__testUtils__/deskApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { HistoryStep, importedTicket } from '../__testUtils__/ticketInput';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';

jest.setTimeout(120_000);

const AGENT = 'user:default/li.na';
const LEAD = 'user:default/wang.fang';
const PM = 'user:default/zhang.wei';
const ENG = 'user:default/ma.chao';
const MANAGER = 'user:default/huang.wei';

const solved: HistoryStep[] = [
  [21, AGENT, 'dispatch'],
  [22, PM, 'assign', { assigneeRef: ENG }],
  [23, ENG, 'resolve', { resolution: 'fixed' }],
  [24, PM, 'confirm_completion'],
  [25, AGENT, 'confirm'],
];

/**
 * Cycle 2026-10 (21 Sep – 20 Oct, Asia/Shanghai), by hand: E, an emergency that occurred at
 * 00:00 and whose people were told 25 min later (> 15: −2 on emergency response), closed 50 min
 * after it reached the desk (≤ 60); A, solved and confirmed but not called back, so open when
 * the cycle is sealed; T, handed over after 90 min (> 60) and closed, so October's timely
 * resolution is 1 of 2, 50 %: 49 full points below 99 %, a −49 line (the item stops at 0). Accepted 3,
 * closed of them 2: completion 2/3.
 */
const OCTOBER = [
  importedTicket(
    'E',
    '2026-10-05T00:05:00Z',
    [
      [20, AGENT, 'notify', { notifiedWhom: '项目经理 张伟' }],
      ...solved,
      [49, LEAD, 'callback', { rating: 'satisfied', userConfirmed: true }],
      [50, LEAD, 'close'],
    ],
    { emergency: true, occurredAt: '2026-10-05T00:00:00Z' },
  ),
  importedTicket('A', '2026-10-08T01:00:00Z', solved),
  importedTicket('T', '2026-10-12T01:00:00Z', [
    [90, AGENT, 'dispatch'],
    [91, PM, 'assign', { assigneeRef: ENG }],
    [92, ENG, 'resolve', { resolution: 'fixed' }],
    [93, PM, 'confirm_completion'],
    [94, AGENT, 'confirm'],
    [99, LEAD, 'callback', { rating: 'satisfied', userConfirmed: true }],
    [100, LEAD, 'close'],
  ]),
];
const RESOLUTION = 'resolutionRate:resolutionRateBelowThreshold:2026-10';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'closing a period on %p',
  databaseId => {
    let knex: Knex;
    let server: any;
    let notices: Array<{ payload: { topic?: string } }>;
    let ticketA: string;
    const as = (user: string) => asUser(server, user);
    const report = async (query = 'kind=cycle&period=2026-10') => {
      const res = await as(MANAGER).get(`/scorecard?${query}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const emergencyLine = (r: any) =>
      r.operational.items.find((i: any) => i.id === 'emergencyResponse');

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      // The lead is a manager too here, so that deciding one's own request can be tried.
      const desk = serviceDeskTestConfig();
      const roles = desk.roles;
      ({ server, notificationsSent: notices } = await startDeskBackend({
        knex,
        extraConfig: {
          serviceDesk: {
            ...desk,
            scorecard: { appealDays: 0 },
            roles: {
              ...roles,
              manager: [...roles.manager, 'group:default/desk-leads'],
            },
          },
        },
      }));
      const imported = await as(LEAD).post('/import', { tickets: OCTOBER });
      if (imported.status !== 201)
        throw new Error(`import refused: ${JSON.stringify(imported.body)}`);
      ticketA = imported.body.imported.find(
        (t: any) => t.externalId === 'A',
      ).id;
    });

    let key: string;
    let totalBefore: number;

    it('names each deduction, and an open period reads live', async () => {
      const r = await report();
      expect(r.basis).toBe('live');
      expect(r.close).toMatchObject({ status: 'open', earlierSeals: [] });
      expect(r.statistics).toMatchObject({
        accepted: 3,
        closedOfAccepted: 2,
        completionRate: 2 / 3,
      });
      const resolution = r.customerService.items.find(
        (i: any) => i.id === 'resolutionRate',
      );
      expect(resolution.deductions).toEqual([
        expect.objectContaining({ key: RESOLUTION, points: 49 }),
      ]);
      const [line] = emergencyLine(r).deductions;
      expect(line.points).toBe(2);
      expect(line.key).toMatch(
        /^emergencyResponse:emergencyResponseLate:ticket-/,
      );
      key = line.key;
      totalBefore = r.operational.total;
      expect(totalBefore).toBe(98);
    });

    it('refuses an appeal from anyone but the lead, without a reason, or of no deduction', async () => {
      const body = { kind: 'cycle', period: '2026-10', deductionKey: key };
      expect(
        (await as(AGENT).post('/scorecard/appeals', { ...body, reason: 'x' }))
          .status,
      ).toBe(403);
      expect((await as(LEAD).post('/scorecard/appeals', body)).status).toBe(
        400,
      );
      const none = await as(LEAD).post('/scorecard/appeals', {
        ...body,
        deductionKey: 'emergencyResponse:emergencyResponseLate:ticket-0',
        reason: 'x',
      });
      expect(none.status).toBe(404);
      expect(none.body.error.message).toMatch(/no deduction/);
    });

    it('leaves the total as it was after a rejected appeal', async () => {
      const filed = await as(LEAD).post('/scorecard/appeals', {
        kind: 'cycle',
        period: '2026-10',
        deductionKey: key,
        reason: 'the dispatcher was told by phone at 00:10',
        evidenceLink: 'https://example.com/call-log/123',
      });
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({ state: 'pending', points: 2 });
      const twice = await as(LEAD).post('/scorecard/appeals', {
        kind: 'cycle',
        period: '2026-10',
        deductionKey: key,
        reason: 'again',
      });
      expect(twice.status).toBe(409);
      const decide = (body: object) =>
        as(MANAGER).post(`/scorecard/appeals/${filed.body.id}/decision`, body);
      expect((await decide({ accept: false })).status).toBe(400);
      const rejected = await decide({
        accept: false,
        reason: 'the call log shows no such call',
      });
      expect(rejected.status).toBe(200);
      expect(rejected.body.state).toBe('rejected');
      expect((await decide({ accept: true, reason: 'x' })).status).toBe(409);
      const r = await report();
      expect(r.operational.total).toBe(totalBefore);
      expect(emergencyLine(r).adjustments).toBeUndefined();
      expect(r.appeals).toHaveLength(1);
    });

    it('gives back exactly the deduction of an accepted appeal, in every period that holds it', async () => {
      const filed = await as(LEAD).post('/scorecard/appeals', {
        kind: 'cycle',
        period: '2026-10',
        deductionKey: key,
        reason: 'the notification log was found',
      });
      expect(filed.status).toBe(201);
      // The lead is a manager here too, but does not review an appeal of their own.
      const own = await as(LEAD).post(
        `/scorecard/appeals/${filed.body.id}/decision`,
        { accept: true, reason: 'mine' },
      );
      expect(own.status).toBe(403);
      const accepted = await as(MANAGER).post(
        `/scorecard/appeals/${filed.body.id}/decision`,
        { accept: true, reason: 'the log shows 00:10' },
      );
      expect(accepted.status).toBe(200);
      for (const query of [
        'kind=cycle&period=2026-10',
        'kind=month&period=2026-10',
        'kind=quarter&period=2026-Q4',
      ]) {
        const r = await report(query);
        const item = emergencyLine(r);
        expect(item.deductions).toEqual([]);
        expect(item.adjustments).toEqual([
          expect.objectContaining({
            appealId: filed.body.id,
            deductionKey: key,
            points: 2,
          }),
        ]);
        expect(r.operational.total).toBe(totalBefore + 2);
      }
      const listed = await as(LEAD).get('/scorecard/appeals?year=2026');
      expect(listed.body.items.map((a: any) => a.state)).toEqual([
        'rejected',
        'accepted',
      ]);
      const topics = notices.map(n => n.payload.topic);
      expect(
        topics.filter(t => t === 'service-desk-appeal').length,
      ).toBeGreaterThanOrEqual(4);

      // The annual form lists both appeals, people by their catalog names.
      const form = await as(MANAGER)
        .get('/scorecard/annual.xlsx?year=2026')
        .buffer(true)
        .parse(binaryBody);
      expect(form.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(form.body);
      const sheet = JSON.stringify(book.getWorksheet('申诉')!.getSheetValues());
      expect(sheet).toContain('王芳 Wang Fang');
      expect(sheet).toContain('黄伟 Huang Wei');
      expect(sheet).not.toContain('wang.fang');
    });

    let requestId: string;
    it('takes a submission only from the lead, once, for an ended period', async () => {
      const submit = (user: string, period = '2026-10') =>
        as(user).post('/scorecard/seal-requests', { kind: 'cycle', period });
      expect((await submit(MANAGER)).status).toBe(403);
      const early = await submit(LEAD, '2026-12');
      expect(early.status).toBe(409);
      expect(early.body.error.message).toMatch(/not ended/);
      const submitted = await submit(LEAD);
      expect(submitted.status).toBe(201);
      expect(submitted.body).toMatchObject({
        state: 'submitted',
        submittedBy: LEAD,
      });
      requestId = submitted.body.id;
      expect((await submit(LEAD)).status).toBe(409);
      expect((await report()).close.status).toBe('submitted');
    });

    it('is decided by another manager, a return only with a reason, once', async () => {
      const decide = (user: string, body: object) =>
        as(user).post(`/scorecard/seal-requests/${requestId}/decision`, body);
      expect((await decide(AGENT, { approve: true })).status).toBe(403);
      expect((await decide(LEAD, { approve: true })).status).toBe(403);
      expect((await decide(MANAGER, { approve: false })).status).toBe(400);
      const sealed = await decide(MANAGER, { approve: true });
      expect(sealed.status).toBe(200);
      expect(sealed.body.request.state).toBe('approved');
      expect(sealed.body.seal).toMatchObject({
        sealedBy: MANAGER,
        submittedBy: LEAD,
        ruleSetVersion: '2026',
      });
      expect(
        (await decide(MANAGER, { approve: false, reason: 'x' })).status,
      ).toBe(409);
      const r = await report();
      expect(r.basis).toBe('sealed');
      expect(r.close.status).toBe('sealed');
      expect(r.close.changesSinceSealing).toEqual([]);
      expect(r.operational.total).toBe(totalBefore + 2);
    });

    it('keeps the sealed figures after later events, and lists what moved', async () => {
      const sealed = await report();
      // A is called back and closed now, in December; a permit failure of 10 October is recorded.
      const a = await as(LEAD).get(`/tickets/${ticketA}`);
      const callback = await as(LEAD).post(`/tickets/${ticketA}/actions`, {
        action: 'callback',
        rating: 'satisfied',
        userConfirmed: true,
        version: a.body.version,
      });
      expect(callback.status).toBe(200);
      const closed = await as(LEAD).post(`/tickets/${ticketA}/actions`, {
        action: 'close',
        version: callback.body.version,
      });
      expect(closed.status).toBe(200);
      const entry = await as(MANAGER).post('/assessment-entries', {
        kind: 'permit_failure',
        occurredAt: '2026-10-10T02:00:00Z',
        description: '一级检修开工报工不合格',
      });
      expect(entry.status).toBe(201);

      const after = await report();
      expect(after.basis).toBe('sealed');
      expect(after.statistics).toEqual(sealed.statistics);
      expect(after.operational).toEqual(sealed.operational);
      const changes = new Map(
        after.close.changesSinceSealing.map((c: any) => [c.figure, c]),
      );
      expect(changes.get('statistics.completionRate')).toMatchObject({
        sealed: 2 / 3,
        live: 1,
      });
      const completionMoves = (changes.get('statistics.completionRate') as any)
        .moves;
      expect(
        completionMoves
          .filter((m: any) => m.type === 'event')
          .map((m: any) => m.ticketId),
      ).toEqual([ticketA, ticketA]);
      expect(changes.get('operational.permitFailures')).toMatchObject({
        sealed: 40,
        live: 35,
        moves: [
          { type: 'entry', id: entry.body.id, label: entry.body.description },
        ],
      });
      expect(changes.get('operational.total')).toMatchObject({
        sealed: 100,
        live: 95,
      });

      const live = await report('kind=cycle&period=2026-10&live=true');
      expect(live.basis).toBe('live');
      expect(live.statistics.completionRate).toBe(1);
      expect(live.operational.total).toBe(95);
    });

    it('closes the appeal window the configured days after sealing', async () => {
      // appealDays is 0 here: the window closed the moment the cycle was sealed.
      const late = await as(LEAD).post('/scorecard/appeals', {
        kind: 'cycle',
        period: '2026-10',
        deductionKey: RESOLUTION,
        reason: 'T was handed over by phone in time',
      });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/appeal window/);
    });

    it('keeps a line appealed later through an unsealed period in the sealed report', async () => {
      // October the month is not sealed and holds the same line; its appeal is accepted.
      const filed = await as(LEAD).post('/scorecard/appeals', {
        kind: 'month',
        period: '2026-10',
        deductionKey: RESOLUTION,
        reason: 'T was handed over by phone in time',
      });
      expect(filed.status).toBe(201);
      const accepted = await as(MANAGER).post(
        `/scorecard/appeals/${filed.body.id}/decision`,
        { accept: true, reason: 'the call log shows the hand-over at 00:50' },
      );
      expect(accepted.status).toBe(200);
      const month = await report('kind=month&period=2026-10');
      const monthItem = month.customerService.items.find(
        (i: any) => i.id === 'resolutionRate',
      );
      expect(monthItem).toMatchObject({ score: 10, deductions: [] });
      const cycle = await report();
      const sealedItem = cycle.customerService.items.find(
        (i: any) => i.id === 'resolutionRate',
      );
      expect(sealedItem).toMatchObject({ score: 0 });
      const change = cycle.close.changesSinceSealing.find(
        (c: any) => c.figure === 'customerService.resolutionRate',
      );
      expect(change).toMatchObject({
        sealed: 0,
        live: 10,
        moves: [{ type: 'appeal', id: filed.body.id }],
      });
    });

    it('keeps every record append-only in the database', async () => {
      const { seal, request } = (await report()).close;
      const refusal = async (write: () => Promise<unknown>) => {
        try {
          return `wrote ${JSON.stringify(await write())}`;
        } catch (e) {
          return String(e);
        }
      };
      expect(await knex(SEALS).where({ id: seal.id }).first()).toBeDefined();
      expect(
        await refusal(() =>
          knex(SEALS).where({ id: seal.id }).update({ sealed_by: AGENT }),
        ),
      ).toMatch(/append-only/);
      expect(
        await refusal(() =>
          knex(SEAL_REQUESTS).where({ id: request.id }).delete(),
        ),
      ).toMatch(/append-only/);
    });

    it('is unsealed by a manager with a reason, and the old seal stays', async () => {
      const { seal } = (await report()).close;
      const unseal = (user: string, body: object) =>
        as(user).post(`/scorecard/seals/${seal.id}/unseal`, body);
      expect((await unseal(AGENT, { reason: 'x' })).status).toBe(403);
      expect((await unseal(MANAGER, {})).status).toBe(400);
      const done = await unseal(MANAGER, {
        reason: 'the permit failure was missed',
      });
      expect(done.status).toBe(200);
      expect(done.body.unsealed).toMatchObject({
        by: MANAGER,
        reason: 'the permit failure was missed',
      });
      expect((await unseal(MANAGER, { reason: 'again' })).status).toBe(409);
      const r = await report();
      expect(r.basis).toBe('live');
      expect(r.close.status).toBe('open');
      expect(r.close.earlierSeals).toEqual([
        expect.objectContaining({ id: seal.id, sealedBy: MANAGER }),
      ]);
      expect(r.operational.total).toBe(95);
      const topics = notices.map(n => n.payload.topic);
      expect(topics).toContain('service-desk-period-close');
    });

    it('refuses to start once a version a seal used was changed in config', async () => {
      // Seal again, then start a second backend on the same database with 2026 changed.
      const submitted = await as(LEAD).post('/scorecard/seal-requests', {
        kind: 'cycle',
        period: '2026-10',
      });
      expect(submitted.status).toBe(201);
      const decided = await as(MANAGER).post(
        `/scorecard/seal-requests/${submitted.body.id}/decision`,
        { approve: true },
      );
      expect(decided.status).toBe(200);
      const desk = serviceDeskTestConfig();
      const [rules] = desk.ruleSets;
      await expect(
        startDeskBackend({
          knex,
          extraConfig: {
            serviceDesk: {
              ...desk,
              ruleSets: [
                { ...rules, targets: { ...rules.targets, answerSeconds: 30 } },
              ],
            },
          },
        }),
      ).rejects.toThrow(/serviceDesk\.ruleSets/);
    });
  },
);
