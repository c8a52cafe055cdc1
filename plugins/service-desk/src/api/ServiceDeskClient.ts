import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ServiceDeskHttpClient } from '@internal/plugin-service-desk-react';
import { ServiceDeskApi, TicketListQuery } from './ServiceDeskApi';

/** The service desk API over HTTP, at the backend plugin's /api/service-desk. */
export class ServiceDeskClient implements ServiceDeskApi {
  private readonly http: ServiceDeskHttpClient;

  constructor(deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.http = new ServiceDeskHttpClient(deps);
  }

  getCallsToday() {
    return this.http.json('/calls/today');
  }

  listTicketAlerts(id: string) {
    return this.http.json(`/tickets/${encodeURIComponent(id)}/alerts`);
  }

  listAlertDeadLetters() {
    return this.http.json('/alerts/dead-letters');
  }

  getRosterNow() {
    return this.http.json('/roster/now');
  }

  getRoster(from: string, to: string) {
    return this.http.json(`/roster?${new URLSearchParams({ from, to })}`);
  }

  planRoster(input: object) {
    return this.http.json('/roster/plan', { method: 'POST', body: input });
  }

  requestRosterChange(input: object) {
    return this.http.json('/roster/changes', { method: 'POST', body: input });
  }

  listPendingRosterChanges() {
    return this.http.json('/roster/changes/pending');
  }

  decideRosterChange(id: string, decision: object) {
    return this.http.json(
      `/roster/changes/${encodeURIComponent(id)}/decision`,
      {
        method: 'POST',
        body: decision,
      },
    );
  }

  getMe() {
    return this.http.getMe();
  }

  listTickets(query: TicketListQuery) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === '') continue;
      for (const v of ([] as unknown[]).concat(value))
        params.append(key, String(v));
    }
    return this.http.json(`/tickets?${params}`);
  }

  getTicket(id: string) {
    return this.http.json(`/tickets/${encodeURIComponent(id)}`);
  }

  createTicket(input: object) {
    return this.http.json('/tickets', { method: 'POST', body: input });
  }

  act(id: string, request: object) {
    return this.http.json(`/tickets/${encodeURIComponent(id)}/actions`, {
      method: 'POST',
      body: request,
    });
  }

  previewRouting(entityRef: string) {
    return this.http.json(
      `/routing?entityRef=${encodeURIComponent(entityRef)}`,
    );
  }
}
