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
    const { blob, filename } = await api.downloadAnnualWorkbook(2026);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/service-desk/scorecard/annual.xlsx?year=2026',
    );
    expect(filename).toBe('2026年度服务台考核表.xlsx');
    expect(await blob.text()).toBe('PK');
  });

  it('names the form itself when CORS hides the Content-Disposition header', async () => {
    const { api } = client(() => new Response('PK'));
    await expect(api.downloadAnnualWorkbook(2026)).resolves.toMatchObject({
      filename: '2026年度服务台考核表.xlsx',
    });
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
