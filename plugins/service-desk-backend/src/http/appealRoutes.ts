import {
  storableString,
  webAddressSchema,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { AppealService } from '../appeals/AppealService';
import { recordId, reason } from './periodCloseRoutes';
import { RequestContext, parse } from './requestContext';
import { periodQuery } from './scorecardRoutes';

const filing = periodQuery
  .extend({
    deductionKey: storableString().min(1).max(300),
    reason,
    evidenceLink: webAddressSchema.optional(),
  })
  .strict();
const decision = z.object({ accept: z.boolean(), reason }).strict();
const yearQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100) })
  .strict();

/** Appeals of deductions (申诉) and their review (复核). */
export function addAppealRoutes(
  router: express.Router,
  deps: { appeals: AppealService; context: RequestContext },
) {
  const { appeals, context } = deps;

  router.get('/scorecard/appeals', async (req, res) => {
    const caller = await context.actorOf(req);
    const items = await appeals.list(caller, () => parse(yearQuery, req.query));
    res.json({ items });
  });

  router.post('/scorecard/appeals', async (req, res) => {
    const caller = await context.actorOf(req);
    res
      .status(201)
      .json(await appeals.fileAs(caller, () => parse(filing, req.body)));
  });

  router.post('/scorecard/appeals/:id/decision', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await appeals.decideAs(caller, () => ({
        ...parse(recordId('appeal'), req.params),
        ...parse(decision, req.body),
      })),
    );
  });
}
