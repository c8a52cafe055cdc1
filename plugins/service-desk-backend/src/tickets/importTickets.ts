import { InputError } from '@backstage/errors';
import {
  ImportTicketInput,
  Ticket,
  decide,
  describeZodError,
  importTicketSchema,
  lastHandler,
  normalizeEntityRef,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskConfig } from '../config';
import {
  ImportedTicket,
  NewTicket,
  TicketStore,
} from '../database/TicketStore';
import { WriteProvenance } from '../database/batches';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';
import { changeFor } from './changes';
import {
  CLOCK_SKEW_MS,
  TicketIntake,
  openEvent,
  participantsAtOpen,
} from './TicketIntake';

export interface ImportResult {
  imported: Array<{ externalId: string; id: string; displayId: string }>;
  skipped: Array<{ externalId: string; id: string }>;
  /** The batch the imported tickets belong to; absent when nothing was imported. */
  batchId?: string;
}

type ImportStep = ImportTicketInput['events'][number];
type Replayed = ImportedTicket & { ticket: NewTicket & { externalId: string } };

/**
 * Tickets from the old platform with their history: every record checked, its events run
 * through the lifecycle, then all written in one batch or none.
 */
export class TicketImport {
  constructor(
    private readonly deps: {
      store: TicketStore;
      router: ProjectManagerRouter;
      config: ServiceDeskConfig;
      intake: TicketIntake;
      now: () => Date;
    },
  ) {}

  /**
   * Imports tickets with their history; idempotent by external id, all or nothing. Every bad
   * record is reported with its index and field. `written` are the new tickets, for the signals.
   * The tickets are written in one batch attributed to `by`; an import of the same external id
   * running at the same moment makes this one skip it, never fail.
   */
  async import(
    records: unknown[],
    by: WriteProvenance,
  ): Promise<ImportResult & { written: Ticket[] }> {
    const { errors, parsed, externalIds } = parseRecords(records);
    const existing = await this.deps.store.findExternalIds(externalIds);
    const batch: ImportedTicket[] = [];
    for (const { index, input } of parsed) {
      if (existing.has(input.externalId)) continue;
      try {
        batch.push(await this.replay(input));
      } catch (e) {
        errors.push(`tickets[${index}].${(e as Error).message}`);
      }
    }
    if (errors.length) {
      throw new InputError(
        `import refused, nothing was written: ${errors.join('; ')}`,
      );
    }
    const { written, skipped, batchId } = batch.length
      ? await this.deps.store.importTickets(batch, by)
      : { written: [], skipped: new Map<string, string>(), batchId: undefined };
    return {
      imported: written.map(t => ({
        externalId: t.externalId!,
        id: t.id,
        displayId: t.displayId,
      })),
      skipped: [...existing, ...skipped].map(([externalId, id]) => ({
        externalId,
        id,
      })),
      ...(batchId ? { batchId } : {}),
      written,
    };
  }

  /** Builds an imported ticket's history by running its events through the lifecycle. */
  private async replay(input: ImportTicketInput): Promise<ImportedTicket> {
    const {
      events: steps,
      externalId,
      acceptedAt,
      acceptedBy,
      ...rest
    } = input;
    const { projectManagerRef, ...fields } = rest;
    const accepted = new Date(acceptedAt);
    // History has happened: a time after now is a wrong zone or a typo, not a plan.
    const latest = this.deps.now().getTime() + CLOCK_SKEW_MS;
    if (accepted.getTime() > latest)
      throw new Error(`acceptedAt: ${acceptedAt} is in the future`);
    const { routing, ...ticket } = await this.deps.intake.fields(
      fields,
      accepted.toISOString(),
      normalizeEntityRef(acceptedBy),
    );
    const current = { ...ticket, externalId };
    const replayed: Replayed = {
      ticket: current,
      events: [openEvent(current, routing)],
      participants: [],
    };
    if (projectManagerRef)
      await this.keepProjectManager(replayed, projectManagerRef);
    replayed.participants.push(...participantsAtOpen(current));
    let previous = accepted.getTime();
    for (const [i, step] of steps.entries()) {
      const when = Date.parse(step.at);
      if (when < previous) {
        throw new Error(
          `events[${i}].at: ${step.at} is before the event or acceptance before it`,
        );
      }
      if (when > latest)
        throw new Error(`events[${i}].at: ${step.at} is in the future`);
      previous = when;
      replayStep(replayed, step, i, when);
    }
    return replayed;
  }

  /** The old platform's PM stays the PM of record, if the catalog knows them as one. */
  private async keepProjectManager(replayed: Replayed, ref: string) {
    const pm = normalizeEntityRef(ref);
    const roles = await this.deps.router.rolesOf(pm, this.deps.config.roles);
    if (!roles.has('projectManager') && !roles.has('lead')) {
      throw new Error(
        `projectManagerRef: ${pm} is not a project manager or the desk lead in the catalog`,
      );
    }
    replayed.ticket.projectManagerRef = pm;
    const [open] = replayed.events;
    replayed.events[0] = {
      ...open,
      data: { ...open.data, importedProjectManagerRef: pm },
    };
  }
}

/** Each record against the schema, and no external id twice in one batch. */
function parseRecords(records: unknown[]) {
  const errors: string[] = [];
  const parsed: Array<{ index: number; input: ImportTicketInput }> = [];
  records.forEach((record, index) => {
    const result = importTicketSchema.safeParse(record);
    if (result.success) parsed.push({ index, input: result.data });
    else errors.push(`tickets[${index}]: ${describeZodError(result.error)}`);
  });
  const seen = new Map<string, number>();
  for (const { index, input } of parsed) {
    const first = seen.get(input.externalId);
    if (first !== undefined) {
      errors.push(
        `tickets[${index}].externalId: '${input.externalId}' repeats tickets[${first}]`,
      );
    }
    seen.set(input.externalId, index);
  }
  return { errors, parsed, externalIds: [...seen.keys()] };
}

/** Runs one recorded event through the lifecycle, as its actor, at its time. */
function replayStep(
  replayed: Replayed,
  step: ImportStep,
  i: number,
  when: number,
) {
  const { action, at, actorRef, ...rawInput } = step;
  const current = replayed.ticket;
  const stepInput = {
    ...rawInput,
    assigneeRef:
      rawInput.assigneeRef && normalizeEntityRef(rawInput.assigneeRef),
    projectManagerRef:
      rawInput.projectManagerRef &&
      normalizeEntityRef(rawInput.projectManagerRef),
  };
  const actor = {
    userRef: normalizeEntityRef(actorRef),
    roles: new Set<never>(),
  };
  let transition;
  try {
    transition = decide(
      current,
      action,
      actor,
      stepInput,
      lastHandler(replayed.events),
      { checkActor: false },
    );
  } catch (e) {
    throw new Error(`events[${i}].action: ${(e as Error).message}`);
  }
  const change = changeFor(
    current,
    action,
    transition,
    stepInput,
    actor.userRef,
    new Date(when).toISOString(),
  );
  Object.assign(current, withoutNulls(change.patch));
  if (change.patch.assigneeRef === null) delete current.assigneeRef;
  replayed.events.push(change.event);
  replayed.participants.push(...change.participants);
}

function withoutNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null),
  ) as Partial<T>;
}
