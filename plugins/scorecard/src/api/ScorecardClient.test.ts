import { ScorecardClient, filenameOf } from './ScorecardClient';

function client(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const api = new ScorecardClient({
    discoveryApi: {
      getBaseUrl: async (id: string) => `http://localhost:7007/api/${id}`,
    },
    fetchApi: { fetch: fetch as any },
  });
  return { api, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('ScorecardClient', () => {
  it("asks the service desk's backend for a period's scorecard and a year's series", async () => {
    const { api, fetch } = client(() => json({ items: [] }));
    await api.getScorecard('quarter', '2026-Q4');
    await api.getStatistics('month', 2026);
    await api.listAssessmentEntries({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://localhost:7007/api/service-desk/scorecard?kind=quarter&period=2026-Q4',
      'http://localhost:7007/api/service-desk/statistics?kind=month&year=2026',
      'http://localhost:7007/api/service-desk/assessment-entries?from=2026-10-31T16%3A00%3A00.000Z&to=2026-11-30T16%3A00%3A00.000Z',
    ]);
  });

  it('posts an entry as JSON', async () => {
    const { api, fetch } = client(() => json({ id: '5' }, 201));
    const input = {
      kind: 'permit_failure' as const,
      occurredAt: '2026-11-05T11:00:00+08:00',
      description: 'x',
    };
    await expect(api.createAssessmentEntry(input)).resolves.toEqual({
      id: '5',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://localhost:7007/api/service-desk/assessment-entries',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      },
    );
  });

  it('downloads the annual form as a blob under the Chinese name the backend gives it', async () => {
    const { api, fetch } = client(
      () =>
        new Response('PK', {
          headers: {
            'Content-Disposition': `attachment; filename="service-desk-assessment-2026.xlsx"; filename*=UTF-8''${encodeURIComponent(
              '2026年度服务台考核表.xlsx',
            )}`,
          },
        }),
    );
    const { blob, filename } = await api.downloadAnnualWorkbook(2026, 'zh-CN');
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/service-desk/scorecard/annual.xlsx?year=2026&lang=zh-CN',
    );
    expect(filename).toBe('2026年度服务台考核表.xlsx');
    expect(await blob.text()).toBe('PK');
  });

  it('names the form itself when CORS hides the Content-Disposition header', async () => {
    const { api } = client(() => new Response('PK'));
    await expect(api.downloadAnnualWorkbook(2026, 'en')).resolves.toMatchObject(
      {
        filename: '2026年度服务台考核表.xlsx',
      },
    );
  });

  it('turns a refusal into a ResponseError with the status and message', async () => {
    const { api } = client(() =>
      json(
        {
          error: {
            name: 'InputError',
            message: "period: '2026-13' is not a month label",
          },
          response: { statusCode: 400 },
        },
        400,
      ),
    );
    await expect(api.getScorecard('month', '2026-13')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      body: { error: { message: "period: '2026-13' is not a month label" } },
    });
  });

  it('asks for live figures only when told to', async () => {
    const { api, fetch } = client(() => json({}));
    await api.getScorecard('cycle', '2026-11', { live: true });
    await api.getScorecard('cycle', '2026-11', { live: false });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://localhost:7007/api/service-desk/scorecard?kind=cycle&period=2026-11&live=true',
      'http://localhost:7007/api/service-desk/scorecard?kind=cycle&period=2026-11',
    ]);
  });

  it('submits, decides and unseals a period through the seal endpoints', async () => {
    const { api, fetch } = client(() => json({ id: '7' }, 201));
    await api.submitForSealing({ kind: 'cycle', period: '2026-11', note: 'n' });
    await api.decideSealing('7/x', { approve: false, reason: '数据有误' });
    await api.unseal('3', 'late close');
    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [
        'http://localhost:7007/api/service-desk/scorecard/seal-requests',
        'POST',
        '{"kind":"cycle","period":"2026-11","note":"n"}',
      ],
      [
        'http://localhost:7007/api/service-desk/scorecard/seal-requests/7%2Fx/decision',
        'POST',
        '{"approve":false,"reason":"数据有误"}',
      ],
      [
        'http://localhost:7007/api/service-desk/scorecard/seals/3/unseal',
        'POST',
        '{"reason":"late close"}',
      ],
    ]);
  });

  it('files, decides and lists appeals through the appeal endpoints', async () => {
    const { api, fetch } = client(() => json({ id: '3', items: [] }));
    await api.fileAppeal({
      kind: 'cycle',
      period: '2026-11',
      deductionKey: 'emergencyResponse:emergencyResponseLate:ticket-4',
      reason: '响应时间记录有误',
      evidenceLink: 'https://wiki.example/e1',
    });
    await api.decideAppeal('3', { accept: true, reason: '核实无误' });
    await api.listAppeals(2026);
    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [
        'http://localhost:7007/api/service-desk/scorecard/appeals',
        'POST',
        JSON.stringify({
          kind: 'cycle',
          period: '2026-11',
          deductionKey: 'emergencyResponse:emergencyResponseLate:ticket-4',
          reason: '响应时间记录有误',
          evidenceLink: 'https://wiki.example/e1',
        }),
      ],
      [
        'http://localhost:7007/api/service-desk/scorecard/appeals/3/decision',
        'POST',
        '{"accept":true,"reason":"核实无误"}',
      ],
      [
        'http://localhost:7007/api/service-desk/scorecard/appeals?year=2026',
        'GET',
        undefined,
      ],
    ]);
  });

  it('finds a ticket only by its exact display id', async () => {
    const { api } = client(() =>
      json({
        items: [
          { id: '40', displayId: 'SD-202611-00040' },
          { id: '4', displayId: 'SD-202611-00004' },
        ],
      }),
    );
    await expect(api.findTicket('sd-202611-00004')).resolves.toEqual({
      id: '4',
      displayId: 'SD-202611-00004',
    });
    await expect(api.findTicket('SD-202611-0000')).resolves.toBeUndefined();
  });

  it.each([
    [null, undefined],
    ['attachment; filename="a.xlsx"', 'a.xlsx'],
    [
      `attachment; filename="a.xlsx"; filename*=UTF-8''%E8%80%83.xlsx`,
      '考.xlsx',
    ],
    [`attachment; filename="a.xlsx"; filename*=UTF-8''%E8%80.xlsx`, 'a.xlsx'],
  ])('reads the file name of %p', (header, name) =>
    expect(filenameOf(header)).toBe(name),
  );
});
