import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { z } from 'zod';
import { AlertService } from '../alerts/AlertService';
import { RequestContext, parse } from './requestContext';

const ticketParam = z
  .object({ id: z.string().regex(/^[1-9][0-9]{0,17}$/) })
  .strict();

/**
 * Alerts from the monitoring system: it sends with its service token; the desk reads the alerts
 * of a ticket and the ones refused.
 */
export function addAlertRoutes(
  router: express.Router,
  deps: {
    alerts: AlertService;
    context: RequestContext;
    httpAuth: HttpAuthService;
  },
) {
  const { alerts, context, httpAuth } = deps;

  router.post('/alerts', async (req, res) => {
    // Users are let through to be told who sends alerts, rather than a bare 401.
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { opened, receipt } = await alerts.receive(
      credentials,
      req.body,
      req,
    );
    res.status(opened ? 201 : 200).json(receipt);
  });

  router.get('/alerts/dead-letters', async (req, res) => {
    res.json({ items: await alerts.deadLetters(await context.actorOf(req)) });
  });

  router.get('/tickets/:id/alerts', async (req, res) => {
    const { id } = parse(ticketParam, req.params);
    res.json({ items: await alerts.ofTicket(await context.actorOf(req), id) });
  });
}
