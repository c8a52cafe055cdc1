import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ServiceDeskApi, TicketListQuery } from './ServiceDeskApi';

/** The service desk API over HTTP, at the backend plugin's /api/service-desk. */
export class ServiceDeskClient implements ServiceDeskApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getCallsToday() {
    return this.request('/calls/today');
  }

  getRosterNow() {
    return this.request('/roster/now');
  }

  getRoster(from: string, to: string) {
    return this.request(`/roster?${new URLSearchParams({ from, to })}`);
  }

  planRoster(input: object) {
    return this.request('/roster/plan', { method: 'POST', body: input });
  }

  requestRosterChange(input: object) {
    return this.request('/roster/changes', { method: 'POST', body: input });
  }

  listPendingRosterChanges() {
    return this.request('/roster/changes/pending');
  }

  decideRosterChange(id: string, decision: object) {
    return this.request(`/roster/changes/${encodeURIComponent(id)}/decision`, {
      method: 'POST',
      body: decision,
    });
  }

  getMe() {
    return this.request('/me');
  }

  listTickets(query: TicketListQuery) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === '') continue;
      for (const v of ([] as unknown[]).concat(value))
        params.append(key, String(v));
    }
    return this.request(`/tickets?${params}`);
  }

  getTicket(id: string) {
    return this.request(`/tickets/${encodeURIComponent(id)}`);
  }

  createTicket(input: object) {
    return this.request('/tickets', { method: 'POST', body: input });
  }

  act(id: string, request: object) {
    return this.request(`/tickets/${encodeURIComponent(id)}/actions`, {
      method: 'POST',
      body: request,
    });
  }

  previewRouting(entityRef: string) {
    return this.request(`/routing?entityRef=${encodeURIComponent(entityRef)}`);
  }

  private async request(path: string, init?: { method: string; body: object }) {
    const base = await this.deps.discoveryApi.getBaseUrl('service-desk');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, {
      method: init?.method ?? 'GET',
      headers: init ? { 'Content-Type': 'application/json' } : undefined,
      body: init ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
}
