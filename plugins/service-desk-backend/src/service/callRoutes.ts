import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  CALL_CSV_COLUMNS,
  callCreatePermission,
  callRecordSchema,
  describeZodError,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import { parse as parseCsv } from 'csv-parse/sync';
import express from 'express';
import { z } from 'zod';
import { CallRecord, CallStore } from '../database/CallStore';
import { TicketStore } from '../database/TicketStore';
import { createRequestContext, parse } from './requestContext';
import { ScorecardService } from './ScorecardService';
import { csvBody } from './bodyLimits';
import { HttpAuthService } from '@backstage/backend-plugin-api';

const MAX_CALLS = 5000;
const callIdParam = z.object({ callId: callRecordSchema.shape.callId }).strict();

/** Validates every record; one bad record refuses the whole batch, naming each by position. */
function validated(records: unknown[], position: (i: number) => string): CallRecord[] {
  const errors: string[] = [];
  const calls: CallRecord[] = [];
  records.forEach((record, i) => {
    const result = callRecordSchema.safeParse(record);
    if (result.success) calls.push(result.data);
    else errors.push(`${position(i)}: ${describeZodError(result.error)}`);
  });
  if (errors.length) throw new InputError(`nothing was recorded: ${errors.slice(0, 50).join('; ')}`);
  return calls;
}

/**
 * Calls from the telephone system (§8.1, §7.4 item 1): a JSON batch or a CSV file, idempotent by
 * call id and all-or-nothing; linking a call to its ticket; today's answer rate for the desk.
 */
export function addCallRoutes(
  router: express.Router,
  deps: {
    calls: CallStore;
    tickets: TicketStore;
    scorecards: ScorecardService;
    context: ReturnType<typeof createRequestContext>;
    httpAuth: HttpAuthService;
  },
) {
  const { calls, context } = deps;
  const recorder = async (req: express.Request) => {
    const credentials = await deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
    await context.require(callCreatePermission, credentials, 'only the desk and the telephone system record calls');
  };

  router.post('/calls', async (req, res) => {
    await recorder(req);
    const { calls: records } = parse(
      z.object({ calls: z.array(z.unknown()).min(1).max(MAX_CALLS) }).strict(),
      req.body,
    );
    const batch = validated(records, i => `calls[${i}]`);
    const added = await calls.addCalls(batch);
    res.status(201).json({ received: batch.length, added, alreadyKnown: batch.length - added });
  });

  router.post('/calls/upload', csvBody, async (req, res) => {
    await recorder(req);
    if (typeof req.body !== 'string' || !req.body.trim()) {
      throw new InputError('send the CSV file as the body, with Content-Type text/csv');
    }
    let rows: string[][];
    try {
      rows = parseCsv(req.body, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
    } catch (e) {
      throw new InputError(`the file is not valid CSV: ${(e as Error).message}`);
    }
    const [header, ...lines] = rows;
    const missing = CALL_CSV_COLUMNS.filter(c => !header.includes(c));
    if (missing.length) throw new InputError(`line 1: the header lacks ${missing.join(', ')}`);
    if (!lines.length) throw new InputError('the file has no calls below its header');
    if (lines.length > MAX_CALLS) throw new InputError(`at most ${MAX_CALLS} calls per file`);
    const records = lines.map(cells =>
      Object.fromEntries(header.map((name, i) => [name, cells[i]]).filter(([, v]) => v !== '')),
    );
    const batch = validated(records, i => `line ${i + 2}`);
    const added = await calls.addCalls(batch);
    res.status(201).json({ received: batch.length, added, alreadyKnown: batch.length - added });
  });

  router.post('/calls/:callId/ticket', async (req, res) => {
    const { credentials } = await context.actorOf(req);
    await context.require(callCreatePermission, credentials, 'only the desk links calls');
    // The path's call id is checked like a recorded one: PostgreSQL cannot even compare a NUL.
    const { callId } = parse(callIdParam, req.params);
    const { ticketId } = parse(z.object({ ticketId: z.string().regex(/^[1-9][0-9]{0,17}$/) }).strict(), req.body);
    if (!(await deps.tickets.getTicket(ticketId))) throw new InputError(`ticketId: no ticket ${ticketId}`);
    const linked = await calls.linkTicket(callId, ticketId);
    if (!linked.found) throw new NotFoundError(`no call ${callId}`);
    if (linked.ticketId !== ticketId) {
      throw new ConflictError(`call ${callId} is already linked to ticket ${linked.ticketId}`);
    }
    res.json({ callId, ticketId });
  });

  router.get('/calls/today', async (req, res) => {
    const { credentials } = await context.actorOf(req);
    await context.require(scorecardReadPermission, credentials, 'only the desk and managers read call figures');
    res.json(await deps.scorecards.callsToday());
  });
}
