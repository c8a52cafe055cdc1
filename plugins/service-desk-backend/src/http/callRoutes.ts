import { HttpAuthService } from '@backstage/backend-plugin-api';
import { callRecordSchema } from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { CallService } from '../calls/CallService';
import { csvBody } from './bodyLimits';
import { callsFromCsv, callsFromJson } from './callInput';
import { RequestContext, parse } from './requestContext';

// The path's call id is checked like a recorded one: PostgreSQL cannot even compare a NUL.
const callIdParam = z
  .object({ callId: callRecordSchema.shape.callId })
  .strict();
const linkBody = z
  .object({ ticketId: z.string().regex(/^[1-9][0-9]{0,17}$/) })
  .strict();

/**
 * Calls from the telephone system (§8.1, §7.4 item 1): a JSON batch or a CSV file, linking a
 * call to its ticket, today's answer rate. Who may write is the service's to decide, before
 * the body is read; the telephone system calls with a service token, so both are allowed here.
 */
export function addCallRoutes(
  router: express.Router,
  deps: {
    calls: CallService;
    context: RequestContext;
    httpAuth: HttpAuthService;
  },
) {
  const { calls, context, httpAuth } = deps;
  const credentials = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.post('/calls', async (req, res) => {
    const recorded = await calls.record(
      await credentials(req),
      'api',
      () => callsFromJson(req.body),
      req,
    );
    res.status(201).json(recorded);
  });

  router.post('/calls/upload', csvBody, async (req, res) => {
    const recorded = await calls.record(
      await credentials(req),
      'upload',
      () => callsFromCsv(req.body),
      req,
    );
    res.status(201).json(recorded);
  });

  router.post('/calls/:callId/ticket', async (req, res) => {
    const caller = await context.actorOf(req);
    res.json(
      await calls.link(caller, () => ({
        ...parse(callIdParam, req.params),
        ...parse(linkBody, req.body),
      })),
    );
  });

  router.get('/calls/today', async (req, res) => {
    res.json(await calls.today(await context.actorOf(req)));
  });
}
