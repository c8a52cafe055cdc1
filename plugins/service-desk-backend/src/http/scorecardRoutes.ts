import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  LINES_PER_ITEM,
  PERIOD_KINDS,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { buildAnnualWorkbook, peopleOnForm } from '../scorecard/annualWorkbook';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { RequestContext, parse } from './requestContext';
import { ScorecardService } from '../scorecard/ScorecardService';

/** A period of a kind; the read-scorecard action takes the same input. */
export const periodQuery = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    period: z
      .string()
      .regex(
        /^\d{4}(-(\d{2}|Q[1-4]|H[12]))?$/,
        'must be like 2026, 2026-11, 2026-Q4 or 2026-H2',
      ),
  })
  .strict();
/**
 * A sealed period is shown as sealed unless `live=true` asks for the figures of now; each item
 * lists its first `lines` deductions (200 unless asked; `all` for every one).
 */
const reportQuery = periodQuery
  .extend({
    live: z.enum(['true', 'false']).optional(),
    lines: z
      .union([z.literal('all'), z.coerce.number().int().min(1).max(1_000_000)])
      .optional(),
  })
  .strict();
const yearQuery = z
  .object({
    kind: z.enum(PERIOD_KINDS).optional(),
    year: z.coerce.number().int().min(2000).max(2100),
  })
  .strict();

/** The annual form's year, in the reader's language (Chinese unless asked for English). */
const annualQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    lang: z.enum(['en', 'zh-CN']).default('zh-CN'),
  })
  .strict();

/** The scorecard permission check of the HTTP API and the read-scorecard action. */
export function requireScorecardReader(
  context: RequestContext,
  credentials: BackstageCredentials,
) {
  return context.require(
    scorecardReadPermission,
    credentials,
    'only the desk and managers read scorecards',
  );
}

/** The scorecards and statistics of SPEC §6–§7, their trends, and the annual form (§10.2). */
export function addScorecardRoutes(
  router: express.Router,
  deps: {
    scorecards: ScorecardService;
    periods: PeriodCloseService;
    context: RequestContext;
    /** Catalog names of people, for the annual form. */
    names: (refs: string[]) => Promise<ReadonlyMap<string, string>>;
  },
) {
  const { scorecards, periods, context, names } = deps;
  const allowed = async (req: express.Request) => {
    const { credentials } = await context.actorOf(req);
    await requireScorecardReader(context, credentials);
  };

  router.get('/scorecard', async (req, res) => {
    await allowed(req);
    const {
      live,
      lines = LINES_PER_ITEM,
      ...q
    } = parse(reportQuery, req.query);
    res.json(
      await periods.report(q.kind, q.period, {
        live: live === 'true',
        linesPerItem: lines === 'all' ? undefined : lines,
      }),
    );
  });

  router.get('/statistics', async (req, res) => {
    await allowed(req);
    const q = parse(yearQuery, req.query);
    res.json({ items: await scorecards.series(q.kind ?? 'month', q.year) });
  });

  router.get('/scorecard/annual.xlsx', async (req, res) => {
    await allowed(req);
    const { year, lang } = parse(annualQuery, req.query);
    // The year as its page shows it (a sealed year's sealed report, its close and appeals), and
    // its months' statistics.
    const [report, months] = await Promise.all([
      periods.report('year', String(year)),
      scorecards.series('month', year),
    ]);
    const workbook = await buildAnnualWorkbook({
      year,
      report,
      months,
      language: lang,
      names: await names(peopleOnForm(report)),
    });
    res.setHeader(
      'Content-Type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="service-desk-assessment-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(
        `${year}年度服务台考核表.xlsx`,
      )}`,
    );
    res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
  });
}
