import { ConflictError, InputError } from '@backstage/errors';
import {
  AssessmentEntry,
  NewAssessmentEntryInput,
  assessmentCreatePermission,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import { AssessmentStore } from '../database/AssessmentStore';
import { TicketStore } from '../database/TicketStore';
import { Caller, RequestContext } from '../http/requestContext';

/**
 * Assessment items (SPEC §7): managers record them; corrections are new entries that void an
 * earlier one, so nothing recorded is ever changed or lost.
 */
export class AssessmentService {
  constructor(
    private readonly deps: {
      entries: AssessmentStore;
      tickets: Pick<TicketStore, 'getTicket'>;
      context: RequestContext;
      now?: () => Date;
    },
  ) {}

  /** Entries that occurred in [from, to); `read` gives the range once the caller may see them. */
  async list(
    caller: Caller,
    read: () => { from?: number; to?: number },
  ): Promise<AssessmentEntry[]> {
    await this.deps.context.require(
      scorecardReadPermission,
      caller.credentials,
      'you may not read assessments',
    );
    return this.deps.entries.list(read());
  }

  async record(
    caller: Caller,
    read: () => NewAssessmentEntryInput,
  ): Promise<AssessmentEntry> {
    const { context, entries } = this.deps;
    await context.require(
      assessmentCreatePermission,
      caller.credentials,
      'only managers record assessment items',
    );
    const input = read();
    await this.checkRefs(input);
    const recordedBy = caller.actor.userRef;
    const at = (this.deps.now ?? (() => new Date()))();
    return context.audited(
      caller.request,
      'assessment-entry',
      { kind: input.kind },
      () =>
        entries.add({ ...input, recordedBy }, at).catch(async error => {
          // Another manager voided the same entry between the check and the write: the entry
          // now says so, whatever words the database used to refuse the second void.
          if (input.voidsId && (await this.voidedBy(input.voidsId))) {
            throw new ConflictError(
              `entry ${input.voidsId} was voided by someone else just now`,
            );
          }
          throw error;
        }),
    );
  }

  /** The ticket an entry names must exist, and the entry it voids must not be voided yet. */
  private async checkRefs(input: NewAssessmentEntryInput) {
    if (input.ticketId && !(await this.deps.tickets.getTicket(input.ticketId)))
      throw new InputError(`ticketId: no ticket ${input.ticketId}`);
    if (!input.voidsId) return;
    const [voided] = await this.deps.entries.list({ ids: [input.voidsId] });
    if (!voided) throw new InputError(`voidsId: no entry ${input.voidsId}`);
    if (voided.voidedById) {
      throw new ConflictError(
        `entry ${input.voidsId} was already voided by entry ${voided.voidedById}`,
      );
    }
  }

  private async voidedBy(id: string): Promise<string | undefined> {
    const [entry] = await this.deps.entries.list({ ids: [id] });
    return entry?.voidedById;
  }
}
