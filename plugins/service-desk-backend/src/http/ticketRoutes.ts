import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  entityRefSchema,
  listQuerySchema,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { RequestBody, TicketOperations } from '../tickets/TicketOperations';
import { TicketService } from '../tickets/TicketService';
import { RequestContext, parse } from './requestContext';

/**
 * Tickets: who the caller is, the routing preview, listing, opening, reading and acting on
 * tickets, and the import of the old platform's tickets (by the lead or the migration job).
 */
export function addTicketRoutes(
  router: express.Router,
  deps: {
    tickets: TicketOperations;
    service: TicketService;
    context: RequestContext;
    httpAuth: HttpAuthService;
  },
) {
  const { tickets, context, httpAuth } = deps;
  const { actorOf } = context;

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
    res.json(await deps.service.previewRouting(entityRef));
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
}
