import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  NewAssessmentEntryInput,
  PeriodKind,
} from '@internal/plugin-service-desk-common';
import { ScorecardApi } from './ScorecardApi';

/** The scorecards live in the service desk's backend plugin, next to the tickets they count. */
const BACKEND_PLUGIN = 'service-desk';

/** The scorecard endpoints of /api/service-desk over HTTP. */
export class ScorecardClient implements ScorecardApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getMe() {
    return this.json('/me');
  }

  getScorecard(kind: PeriodKind, period: string) {
    return this.json(`/scorecard?${new URLSearchParams({ kind, period })}`);
  }

  getStatistics(kind: PeriodKind, year: number) {
    return this.json(
      `/statistics?${new URLSearchParams({ kind, year: String(year) })}`,
    );
  }

  async downloadAnnualWorkbook(year: number) {
    // Through fetchApi, not a plain link: it carries the signed-in user's token.
    const response = await this.fetch(
      `/scorecard/annual.xlsx?${new URLSearchParams({ year: String(year) })}`,
    );
    return {
      blob: await response.blob(),
      // When the app and the backend are on different origins, CORS hides Content-Disposition
      // (unless backend.cors.exposedHeaders lists it): the form's own name, as the backend gives it.
      filename:
        filenameOf(response.headers.get('Content-Disposition')) ??
        `${year}年度服务台考核表.xlsx`,
    };
  }

  listAssessmentEntries(range: { from?: string; to?: string }) {
    const params = new URLSearchParams();
    if (range.from) params.set('from', range.from);
    if (range.to) params.set('to', range.to);
    return this.json(`/assessment-entries?${params}`);
  }

  createAssessmentEntry(input: NewAssessmentEntryInput) {
    return this.json('/assessment-entries', { method: 'POST', body: input });
  }

  async findTicket(displayId: string) {
    const page = await this.json(
      `/tickets?${new URLSearchParams({ q: displayId, limit: '5' })}`,
    );
    // The search matches substrings; only the exact display id names the ticket.
    const wanted = displayId.trim().toLocaleUpperCase('en-US');
    const found = (page.items as Array<{ id: string; displayId: string }>).find(
      t => t.displayId.toLocaleUpperCase('en-US') === wanted,
    );
    return found && { id: found.id, displayId: found.displayId };
  }

  private async fetch(path: string, init?: { method: string; body: object }) {
    const base = await this.deps.discoveryApi.getBaseUrl(BACKEND_PLUGIN);
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, {
      method: init?.method ?? 'GET',
      headers: init ? { 'Content-Type': 'application/json' } : undefined,
      body: init ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  private async json(path: string, init?: { method: string; body: object }) {
    return (await this.fetch(path, init)).json();
  }
}

/** The file name a Content-Disposition header offers, preferring the UTF-8 one (Chinese names). */
export function filenameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1].trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1];
}
