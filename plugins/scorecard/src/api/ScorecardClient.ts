import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import {
  NewAssessmentEntryInput,
  PeriodKind,
  ScorecardLanguage,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskHttpClient } from '@internal/plugin-service-desk-react';
import { ScorecardApi } from './ScorecardApi';

/** The scorecard endpoints of /api/service-desk over HTTP. */
export class ScorecardClient implements ScorecardApi {
  private readonly http: ServiceDeskHttpClient;

  constructor(deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.http = new ServiceDeskHttpClient(deps);
  }

  getMe() {
    return this.http.getMe();
  }

  getScorecard(
    kind: PeriodKind,
    period: string,
    options?: { live?: boolean; allLines?: boolean },
  ) {
    const params = new URLSearchParams({ kind, period });
    if (options?.live) params.set('live', 'true');
    if (options?.allLines) params.set('lines', 'all');
    return this.http.json(`/scorecard?${params}`);
  }

  submitForSealing(input: { kind: PeriodKind; period: string; note?: string }) {
    return this.http.json('/scorecard/seal-requests', {
      method: 'POST',
      body: input,
    });
  }

  decideSealing(
    requestId: string,
    decision: { approve: boolean; reason?: string },
  ) {
    return this.http.json(
      `/scorecard/seal-requests/${encodeURIComponent(requestId)}/decision`,
      { method: 'POST', body: decision },
    );
  }

  unseal(sealId: string, reason: string) {
    return this.http.json(
      `/scorecard/seals/${encodeURIComponent(sealId)}/unseal`,
      { method: 'POST', body: { reason } },
    );
  }

  fileAppeal(input: {
    kind: PeriodKind;
    period: string;
    deductionKey: string;
    reason: string;
    evidenceLink?: string;
  }) {
    return this.http.json('/scorecard/appeals', {
      method: 'POST',
      body: input,
    });
  }

  decideAppeal(
    appealId: string,
    decision: { accept: boolean; reason: string },
  ) {
    return this.http.json(
      `/scorecard/appeals/${encodeURIComponent(appealId)}/decision`,
      { method: 'POST', body: decision },
    );
  }

  listAppeals(year: number) {
    return this.http.json(
      `/scorecard/appeals?${new URLSearchParams({ year: String(year) })}`,
    );
  }

  getStatistics(kind: PeriodKind, year: number) {
    return this.http.json(
      `/statistics?${new URLSearchParams({ kind, year: String(year) })}`,
    );
  }

  async downloadAnnualWorkbook(year: number, language: ScorecardLanguage) {
    // Through fetchApi, not a plain link: it carries the signed-in user's token.
    const response = await this.http.fetch(
      `/scorecard/annual.xlsx?${new URLSearchParams({
        year: String(year),
        lang: language,
      })}`,
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
    return this.http.json(`/assessment-entries?${params}`);
  }

  createAssessmentEntry(input: NewAssessmentEntryInput) {
    return this.http.json('/assessment-entries', {
      method: 'POST',
      body: input,
    });
  }

  async findTicket(displayId: string) {
    const page = await this.http.json(
      `/tickets?${new URLSearchParams({ q: displayId, limit: '5' })}`,
    );
    // The search matches substrings; only the exact display id names the ticket.
    const wanted = displayId.trim().toLocaleUpperCase('en-US');
    const found = (page.items as Array<{ id: string; displayId: string }>).find(
      t => t.displayId.toLocaleUpperCase('en-US') === wanted,
    );
    return found && { id: found.id, displayId: found.displayId };
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
