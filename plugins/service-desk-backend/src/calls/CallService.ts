import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  callCreatePermission,
  callLinkPermission,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import { Request } from 'express';
import { CallRecord, CallStore } from '../database/CallStore';
import { TicketStore } from '../database/TicketStore';
import { WriteDoor, WriteProvenance } from '../database/batches';
import { Caller, RequestContext, principalOf } from '../http/requestContext';
import { ScorecardService } from '../scorecard/ScorecardService';

/** What a call batch did: how many calls were new, and the batch that holds them. */
export interface RecordedCalls {
  received: number;
  added: number;
  alreadyKnown: number;
  batchId?: string;
}

/**
 * Calls from the telephone system (§8.1, §7.4 item 1): recording a batch, linking a call to its
 * ticket, today's answer rate for the desk.
 *
 * The desk's answer rate is assessed on these records, so the desk never writes them (SPEC §9):
 * the JSON door is the telephone system's (its service principal, named in
 * `serviceDesk.calls.writers`); the file door is also open to managers. Every row records who
 * wrote it, through which door, in which batch, and every change is audited.
 */
export class CallService {
  constructor(
    private readonly deps: {
      calls: CallStore;
      tickets: Pick<TicketStore, 'getTicket'>;
      scorecards: ScorecardService;
      context: RequestContext;
      /** The service principals that send call records (serviceDesk.calls.writers). */
      writers: readonly string[];
    },
  ) {}

  /**
   * Records a batch through `door`. Who may write through it is checked before `read` turns
   * the request into records, so an outsider learns nothing about the body.
   */
  async record(
    credentials: BackstageCredentials,
    door: WriteDoor,
    read: () => CallRecord[],
    request: Request,
  ): Promise<RecordedCalls> {
    const by = await this.writer(credentials, door);
    const batch = read();
    return this.deps.context.audited(
      request,
      'call-batch',
      { count: batch.length, principal: by.principal, door },
      async () => {
        const { added, batchId } = await this.deps.calls.addCalls(batch, by);
        return {
          received: batch.length,
          added,
          alreadyKnown: batch.length - added,
          ...(batchId ? { batchId } : {}),
        };
      },
    );
  }

  /** Links a call to its ticket; a call belongs to one ticket, for good. */
  async link(
    caller: Caller,
    read: () => { callId: string; ticketId: string },
  ): Promise<{ callId: string; ticketId: string }> {
    const { context, calls, tickets } = this.deps;
    await context.require(
      callLinkPermission,
      caller.credentials,
      'only the desk links calls',
    );
    const { callId, ticketId } = read();
    const meta = { callId, ticketId, actorRef: caller.actor.userRef };
    return context.audited(caller.request, 'call-link', meta, async () => {
      if (!(await tickets.getTicket(ticketId)))
        throw new InputError(`ticketId: no ticket ${ticketId}`);
      const linked = await calls.linkTicket(callId, ticketId);
      if (!linked.found) throw new NotFoundError(`no call ${callId}`);
      if (linked.ticketId !== ticketId) {
        throw new ConflictError(
          `call ${callId} is already linked to ticket ${linked.ticketId}`,
        );
      }
      return { callId, ticketId };
    });
  }

  async today(caller: Caller) {
    await this.deps.context.require(
      scorecardReadPermission,
      caller.credentials,
      'only the desk and managers read call figures',
    );
    return this.deps.scorecards.callsToday();
  }

  /** Who may write through this door: the telephone system, or a manager uploading a file. */
  private async writer(
    credentials: BackstageCredentials,
    door: WriteDoor,
  ): Promise<WriteProvenance> {
    const principal = principalOf(credentials);
    if ((credentials.principal as { type?: string }).type === 'service') {
      if (!this.deps.writers.includes(principal)) {
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
    await this.deps.context.require(
      callCreatePermission,
      credentials,
      'only managers upload call records: the desk is assessed on them',
    );
    return { principal, door };
  }
}
