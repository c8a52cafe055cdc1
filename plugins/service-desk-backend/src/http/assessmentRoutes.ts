import { newAssessmentEntrySchema } from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { AssessmentService } from '../assessment/AssessmentService';
import { RequestContext, parse } from './requestContext';

const listQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/** Assessment items (SPEC §7): listed by occurrence time, recorded by managers. */
export function addAssessmentRoutes(
  router: express.Router,
  deps: {
    entries: AssessmentService;
    context: RequestContext;
  },
) {
  const { entries, context } = deps;

  router.get('/assessment-entries', async (req, res) => {
    const caller = await context.actorOf(req);
    const items = await entries.list(caller, () => {
      const q = parse(listQuery, req.query);
      return {
        from: q.from ? Date.parse(q.from) : undefined,
        to: q.to ? Date.parse(q.to) : undefined,
      };
    });
    res.json({ items });
  });

  router.post('/assessment-entries', async (req, res) => {
    const caller = await context.actorOf(req);
    const entry = await entries.record(caller, () =>
      parse(newAssessmentEntrySchema, req.body),
    );
    res.status(201).json(entry);
  });
}
