import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { Me, MeApi } from './MeApi';

/** Both web plugins talk to the one backend plugin, next to the tickets it counts. */
const BACKEND_PLUGIN = 'service-desk';

/** A request with a body, which is sent as JSON. */
export interface JsonRequest {
  method: string;
  body: object;
}

/**
 * The HTTP core of the service desk's clients: /api/service-desk through discovery and the
 * signed-in user's fetchApi, a refusal thrown as a ResponseError. Each client adds its endpoints.
 */
export class ServiceDeskHttpClient implements MeApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  /** The response of a path under /api/service-desk; throws unless it is ok. */
  async fetch(path: string, init?: JsonRequest): Promise<Response> {
    const base = await this.deps.discoveryApi.getBaseUrl(BACKEND_PLUGIN);
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, {
      method: init?.method ?? 'GET',
      headers: init ? { 'Content-Type': 'application/json' } : undefined,
      body: init ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  /** The JSON body of a path under /api/service-desk. */
  async json(path: string, init?: JsonRequest) {
    return (await this.fetch(path, init)).json();
  }

  getMe(): Promise<Me> {
    return this.json('/me');
  }
}
