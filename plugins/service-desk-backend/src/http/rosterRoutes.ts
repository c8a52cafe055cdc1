import {
  rosterChangeSchema,
  rosterDecisionSchema,
  rosterPlanSchema,
  rosterRangeSchema,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { RequestContext, parse } from './requestContext';
import { RosterService } from '../roster/RosterService';

const changeId = z.object({
  id: z.string().regex(/^[1-9][0-9]{0,17}$/, 'is not a roster change id'),
});

/**
 * The duty roster (§8.6): who is on now and next, week and month views, the lead's plan, covers
 * and swaps, and the IT department manager's decisions.
 */
export function addRosterRoutes(
  router: express.Router,
  deps: {
    roster: RosterService;
    context: RequestContext;
  },
) {
  const { roster, context } = deps;

  router.get('/roster/now', async (req, res) => {
    res.json(await roster.nowAndNextFor(await context.actorOf(req)));
  });

  router.get('/roster', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await roster.viewFor(caller, () => parse(rosterRangeSchema, req.query)),
    );
  });

  router.get('/roster/changes/pending', async (req, res) => {
    const items = await roster.pendingFor(await context.actorOf(req));
    res.json({ items });
  });

  router.post('/roster/plan', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await roster.planAs(caller, () => parse(rosterPlanSchema, req.body)),
    );
  });

  router.post('/roster/changes', async (req, res) => {
    const caller = await context.actorOf(req);
    const change = await roster.requestChangeAs(caller, () =>
      parse(rosterChangeSchema, req.body),
    );
    res.status(201).json(change);
  });

  router.post('/roster/changes/:id/decision', async (req, res) => {
    const caller = await context.actorOf(req);
    const change = await roster.decideAs(caller, () => ({
      ...parse(changeId, req.params),
      ...parse(rosterDecisionSchema, req.body),
    }));
    res.json(change);
  });
}
