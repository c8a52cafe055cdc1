import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  listQuerySchema,
  entityRefSchema,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { RequestContext, parse } from './requestContext';
import { TicketStore } from '../database/TicketStore';
import { TicketService } from '../tickets/TicketService';
import { RequestBody, TicketOperations } from '../tickets/TicketOperations';
import { AssessmentStore } from '../database/AssessmentStore';
import { addAssessmentRoutes } from './assessmentRoutes';
import { addScorecardRoutes } from './scorecardRoutes';
import { addCallRoutes } from './callRoutes';
import { addRosterRoutes } from './rosterRoutes';
import { RosterService } from '../roster/RosterService';
import { ServiceDeskConfig } from '../config';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';
import { CallStore } from '../database/CallStore';
import { jsonBody } from './bodyLimits';
import { ScorecardService } from '../scorecard/ScorecardService';
import {
  databaseUnavailableHandler,
  internalErrorHandler,
  requestId,
} from './errorHandlers';

export interface RouterOptions {
  service: TicketService;
  /** The ticket operations with their permission checks, shared with the actions. */
  tickets: TicketOperations;
  context: RequestContext;
  store: TicketStore;
  entries: AssessmentStore;
  scorecards: ScorecardService;
  calls: CallStore;
  config: ServiceDeskConfig;
  catalogRouter: ProjectManagerRouter;
  roster: RosterService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, store, tickets, context, httpAuth } = options;
  const { actorOf } = context;
  const router = Router();
  router.use(requestId);
  router.use(jsonBody);

  router.get('/me', async (req, res) => {
    const { actor } = await actorOf(req);
    res.json({ userRef: actor.userRef, roles: [...actor.roles] });
  });

  router.get('/routing', async (req, res) => {
    await actorOf(req);
    const entityRef = parse(
      z.object({ entityRef: entityRefSchema }).strict(),
      req.query,
    ).entityRef;
    res.json(await service.previewRouting(entityRef));
  });

  router.get('/tickets', async (req, res) => {
    const caller = await actorOf(req);
    res.json(await tickets.list(caller, parse(listQuerySchema, req.query)));
  });

  router.post('/tickets', async (req, res) => {
    const caller = await actorOf(req);
    res.status(201).json(await tickets.open(caller, new RequestBody(req.body)));
  });

  router.get('/tickets/:id', async (req, res) => {
    res.json(await tickets.read(await actorOf(req), req.params.id));
  });

  router.post('/tickets/:id/actions', async (req, res) => {
    const caller = await actorOf(req);
    res.json(
      await tickets.act(caller, req.params.id, new RequestBody(req.body)),
    );
  });

  router.post('/import', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const result = await tickets.import(credentials, req.body, req);
    res.status(result.imported.length ? 201 : 200).json(result);
  });

  addAssessmentRoutes(router, {
    entries: options.entries,
    tickets: store,
    context,
  });
  addScorecardRoutes(router, { scorecards: options.scorecards, context });
  addRosterRoutes(router, { roster: options.roster, context });
  addCallRoutes(router, {
    calls: options.calls,
    tickets: store,
    scorecards: options.scorecards,
    context,
    httpAuth,
    writers: options.config?.calls.writers ?? [],
  });
  // Last, so they see the errors of every route above: an unreachable database is a 503, and
  // any error that is not an HTTP error a plain 500 with the request's id (the detail is logged).
  router.use(databaseUnavailableHandler(options.logger));
  router.use(internalErrorHandler(options.logger));

  return router;
}
