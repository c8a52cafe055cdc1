import {
  storableString,
  visibleText,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { RequestContext, parse } from './requestContext';
import { periodQuery } from './scorecardRoutes';

/** A record's id in the path: a positive bigint. */
export const recordId = (what: string) =>
  z.object({
    id: z.string().regex(/^[1-9][0-9]{0,17}$/, `is not a ${what} id`),
  });
/** A reason a person gives for a decision; never blank. */
export const reason = visibleText(2000);

const submission = periodQuery
  .extend({ note: storableString().trim().max(2000).optional() })
  .strict();
const decision = z
  .object({ approve: z.boolean(), reason: reason.optional() })
  .strict();
const unsealing = z.object({ reason }).strict();

/**
 * Closing a period (SPEC §6.7): the lead's submission, the manager's decision, and unsealing.
 * The sealed report itself is read through GET /scorecard.
 */
export function addPeriodCloseRoutes(
  router: express.Router,
  deps: { periods: PeriodCloseService; context: RequestContext },
) {
  const { periods, context } = deps;

  router.post('/scorecard/seal-requests', async (req, res) => {
    const caller = await context.actorOf(req);
    const request = await periods.submitAs(caller, () =>
      parse(submission, req.body),
    );
    res.status(201).json(request);
  });

  router.post('/scorecard/seal-requests/:id/decision', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await periods.decideAs(caller, () => ({
        ...parse(recordId('sealing request'), req.params),
        ...parse(decision, req.body),
      })),
    );
  });

  router.post('/scorecard/seals/:id/unseal', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await periods.unsealAs(caller, () => ({
        ...parse(recordId('seal'), req.params),
        ...parse(unsealing, req.body),
      })),
    );
  });
}
