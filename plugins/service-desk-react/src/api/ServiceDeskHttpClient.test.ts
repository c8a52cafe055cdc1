import { ResponseError } from '@backstage/errors';
import { ServiceDeskHttpClient } from './ServiceDeskHttpClient';

function client(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const http = new ServiceDeskHttpClient({
    discoveryApi: {
      getBaseUrl: async (id: string) => `http://localhost:7007/api/${id}`,
    },
    fetchApi: { fetch: fetch as any },
  });
  return { http, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const refusal = () =>
  json(
    {
      error: {
        name: 'NotAllowedError',
        message: 'only a desk manager may record entries',
      },
      response: { statusCode: 403 },
    },
    403,
  );

describe('ServiceDeskHttpClient', () => {
  it("asks the service desk's backend plugin who is signed in", async () => {
    const { http, fetch } = client(() => json({ userRef: 'user:default/me' }));
    await expect(http.getMe()).resolves.toEqual({
      userRef: 'user:default/me',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://localhost:7007/api/service-desk/me',
      { method: 'GET', headers: undefined, body: undefined },
    );
  });

  it('sends a body as JSON', async () => {
    const { http, fetch } = client(() => json({ id: '5' }, 201));
    await http.json('/tickets', { method: 'POST', body: { title: 'x' } });
    expect(fetch).toHaveBeenCalledWith(
      'http://localhost:7007/api/service-desk/tickets',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"title":"x"}',
      },
    );
  });

  it('hands back the response itself for bodies that are not JSON', async () => {
    const { http } = client(() => new Response('PK'));
    const response = await http.fetch('/scorecard/annual.xlsx?year=2026');
    expect(await response.text()).toBe('PK');
  });

  it.each([
    ['json', (http: ServiceDeskHttpClient) => http.json('/assessment-entries')],
    [
      'fetch',
      (http: ServiceDeskHttpClient) => http.fetch('/scorecard/annual.xlsx'),
    ],
  ])(
    'turns a refusal into a ResponseError with the status and message (%s)',
    async (_name, call) => {
      const { http } = client(refusal);
      const error = await call(http).catch(e => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error).toMatchObject({
        name: 'ResponseError',
        statusCode: 403,
        body: {
          error: {
            name: 'NotAllowedError',
            message: 'only a desk manager may record entries',
          },
        },
      });
    },
  );
});
