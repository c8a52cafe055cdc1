import {
  rosterApprovePermission,
  rosterChangeSchema,
  rosterDecisionSchema,
  rosterPlanPermission,
  rosterPlanSchema,
  rosterRangeSchema,
  rosterReadPermission,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { createRequestContext, parse } from './requestContext';
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
    context: ReturnType<typeof createRequestContext>;
  },
) {
  const { roster, context } = deps;
  const reader = async (req: express.Request) => {
    const { credentials, actor } = await context.actorOf(req);
    await context.require(
      rosterReadPermission,
      credentials,
      'only the desk and managers see the roster',
    );
    return actor;
  };

  router.get('/roster/now', async (req, res) => {
    await reader(req);
    res.json(await roster.nowAndNext());
  });

  router.get('/roster', async (req, res) => {
    await reader(req);
    const { from, to } = parse(rosterRangeSchema, req.query);
    res.json(await roster.view(from, to));
  });

  router.get('/roster/changes/pending', async (req, res) => {
    await reader(req);
    res.json({ items: await roster.pending() });
  });

  router.post('/roster/plan', async (req, res) => {
    const { actor, credentials } = await context.actorOf(req);
    // The permission first: an outsider is told no, not which fields are wrong.
    await context.require(
      rosterPlanPermission,
      credentials,
      'only the desk lead plans the roster',
    );
    const plan = parse(rosterPlanSchema, req.body);
    const view = await context.audited(
      req,
      'roster-plan',
      { from: plan.from, to: plan.to },
      () => roster.plan(plan, actor.userRef),
    );
    res.json(view);
  });

  router.post('/roster/changes', async (req, res) => {
    const { actor, credentials } = await context.actorOf(req);
    await context.require(
      rosterPlanPermission,
      credentials,
      'only the desk lead arranges covers and swaps',
    );
    const input = parse(rosterChangeSchema, req.body);
    const change = await context.audited(
      req,
      'roster-change',
      { date: input.date, kind: input.kind, type: input.type },
      () => roster.requestChange(input, actor.userRef),
    );
    res.status(201).json(change);
  });

  router.post('/roster/changes/:id/decision', async (req, res) => {
    const { actor, credentials } = await context.actorOf(req);
    await context.require(
      rosterApprovePermission,
      credentials,
      'only the IT department manager decides roster changes',
    );
    const { id } = parse(changeId, req.params);
    const decision = parse(rosterDecisionSchema, req.body);
    const change = await context.audited(
      req,
      'roster-decision',
      { change: id, approve: decision.approve },
      () => roster.decide(id, decision.approve, actor.userRef, decision.note),
    );
    res.json(change);
  });
}
