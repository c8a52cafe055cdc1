import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  CALL_CSV_COLUMNS,
  callCreatePermission,
  callLinkPermission,
  callRecordSchema,
  describeZodError,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import { parse as parseCsv } from 'csv-parse/sync';
import express from 'express';
import { z } from 'zod';
import { CallRecord, CallStore } from '../database/CallStore';
import { TicketStore } from '../database/TicketStore';
import { WriteDoor, WriteProvenance } from '../database/batches';
import { createRequestContext, parse, principalOf } from './requestContext';
import { ScorecardService } from '../scorecard/ScorecardService';
import { csvBody } from './bodyLimits';
import { HttpAuthService } from '@backstage/backend-plugin-api';

const MAX_CALLS = 5000;
const callIdParam = z
  .object({ callId: callRecordSchema.shape.callId })
  .strict();

/** Validates every record; one bad record refuses the whole batch, naming each by position. */
function validated(
  records: unknown[],
  position: (i: number) => string,
): CallRecord[] {
  const errors: string[] = [];
  const calls: CallRecord[] = [];
  records.forEach((record, i) => {
    const result = callRecordSchema.safeParse(record);
    if (result.success) calls.push(result.data);
    else errors.push(`${position(i)}: ${describeZodError(result.error)}`);
  });
  if (errors.length)
    throw new InputError(
      `nothing was recorded: ${errors.slice(0, 50).join('; ')}`,
    );
  return calls;
}

/**
 * Calls from the telephone system (§8.1, §7.4 item 1): a JSON batch or a CSV file, idempotent by
 * call id and all-or-nothing; linking a call to its ticket; today's answer rate for the desk.
 *
 * The desk's answer rate is assessed on these records, so the desk never writes them (SPEC §9):
 * the JSON door is the telephone system's (its service principal, named in
 * `serviceDesk.calls.writers`); the file door is also open to managers. Every row records who
 * wrote it, through which door, in which batch.
 */
export function addCallRoutes(
  router: express.Router,
  deps: {
    calls: CallStore;
    tickets: TicketStore;
    scorecards: ScorecardService;
    context: ReturnType<typeof createRequestContext>;
    httpAuth: HttpAuthService;
    /** The service principals that send call records (serviceDesk.calls.writers). */
    writers: readonly string[];
  },
) {
  const { calls, context } = deps;
  /** Who may write through this door, checked before the body is read. */
  const recorder = async (
    req: express.Request,
    door: WriteDoor,
  ): Promise<WriteProvenance> => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const principal = principalOf(credentials);
    if ((credentials.principal as { type?: string }).type === 'service') {
      if (!deps.writers.includes(principal)) {
        throw new NotAllowedError(
          'only the telephone system (serviceDesk.calls.writers) sends call records',
        );
      }
      return { principal, door };
    }
    if (door === 'api') {
      throw new NotAllowedError(
        'call records come from the telephone system; a manager may upload its export (POST /calls/upload)',
      );
    }
    await context.require(
      callCreatePermission,
      credentials,
      'only managers upload call records: the desk is assessed on them',
    );
    return { principal, door };
  };
  const record = async (batch: CallRecord[], by: WriteProvenance) => {
    const { added, batchId } = await calls.addCalls(batch, by);
    return {
      received: batch.length,
      added,
      alreadyKnown: batch.length - added,
      ...(batchId ? { batchId } : {}),
    };
  };

  router.post('/calls', async (req, res) => {
    const by = await recorder(req, 'api');
    const { calls: records } = parse(
      z.object({ calls: z.array(z.unknown()).min(1).max(MAX_CALLS) }).strict(),
      req.body,
    );
    const batch = validated(records, i => `calls[${i}]`);
    res.status(201).json(await record(batch, by));
  });

  router.post('/calls/upload', csvBody, async (req, res) => {
    const by = await recorder(req, 'upload');
    if (typeof req.body !== 'string' || !req.body.trim()) {
      throw new InputError(
        'send the CSV file as the body, with Content-Type text/csv',
      );
    }
    let rows: string[][];
    try {
      rows = parseCsv(req.body, {
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: false,
      });
    } catch (e) {
      throw new InputError(
        `the file is not valid CSV: ${(e as Error).message}`,
      );
    }
    const [header, ...lines] = rows;
    const missing = CALL_CSV_COLUMNS.filter(c => !header.includes(c));
    if (missing.length)
      throw new InputError(`line 1: the header lacks ${missing.join(', ')}`);
    if (!lines.length)
      throw new InputError('the file has no calls below its header');
    if (lines.length > MAX_CALLS)
      throw new InputError(`at most ${MAX_CALLS} calls per file`);
    const records = lines.map(cells =>
      Object.fromEntries(
        header.map((name, i) => [name, cells[i]]).filter(([, v]) => v !== ''),
      ),
    );
    const batch = validated(records, i => `line ${i + 2}`);
    res.status(201).json(await record(batch, by));
  });

  router.post('/calls/:callId/ticket', async (req, res) => {
    const { credentials } = await context.actorOf(req);
    await context.require(
      callLinkPermission,
      credentials,
      'only the desk links calls',
    );
    // The path's call id is checked like a recorded one: PostgreSQL cannot even compare a NUL.
    const { callId } = parse(callIdParam, req.params);
    const { ticketId } = parse(
      z.object({ ticketId: z.string().regex(/^[1-9][0-9]{0,17}$/) }).strict(),
      req.body,
    );
    if (!(await deps.tickets.getTicket(ticketId)))
      throw new InputError(`ticketId: no ticket ${ticketId}`);
    const linked = await calls.linkTicket(callId, ticketId);
    if (!linked.found) throw new NotFoundError(`no call ${callId}`);
    if (linked.ticketId !== ticketId) {
      throw new ConflictError(
        `call ${callId} is already linked to ticket ${linked.ticketId}`,
      );
    }
    res.json({ callId, ticketId });
  });

  router.get('/calls/today', async (req, res) => {
    const { credentials } = await context.actorOf(req);
    await context.require(
      scorecardReadPermission,
      credentials,
      'only the desk and managers read call figures',
    );
    res.json(await deps.scorecards.callsToday());
  });
}
