import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  ActionRequest,
  Actor,
  CreateTicketInput,
  DESK_STAFF,
  ImportTicketInput,
  LifecycleError,
  RoutingDecision,
  Ticket,
  TicketEvent,
  TicketWithHistory,
  allowedActions,
  categoryPaths,
  decide,
  describeZodError,
  importTicketSchema,
  lastHandler,
  normalizeEntityRef,
  priorityOf,
  REGULATION_SLA_TARGETS,
  SlaTargets,
  ruleSetFor,
  slaTargetsOf,
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

/** How far ahead of the server clock a reported time may be before it is refused. */
const CLOCK_SKEW_MS = 60_000;

export interface ImportResult {
  imported: Array<{ externalId: string; id: string; displayId: string }>;
  skipped: Array<{ externalId: string; id: string }>;
  /** The batch the imported tickets belong to; absent when nothing was imported. */
  batchId?: string;
}

/**
 * The desk's operations: opening, acting on and importing tickets. Validates what depends on
 * configuration and the catalog; the lifecycle decides, the store writes.
 */
export class TicketService {
  private readonly categories: Set<string>;

  constructor(
    private readonly store: TicketStore,
    private readonly router: ProjectManagerRouter,
    private readonly config: ServiceDeskConfig,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.categories = new Set(categoryPaths(config.categories));
  }

  async previewRouting(entityRef: string): Promise<RoutingDecision> {
    return this.router.route(normalizeEntityRef(entityRef));
  }

  async create(input: CreateTicketInput, actor: Actor): Promise<Ticket> {
    const isDesk = DESK_STAFF.some(r => actor.roles.has(r));
    const reporterRef = input.reporter.userRef
      ? normalizeEntityRef(input.reporter.userRef)
      : undefined;
    if (!isDesk) {
      // Self-service (SPEC §1): anyone may report, but only for themselves and through the portal.
      if (input.channel !== 'portal') {
        throw new NotAllowedError(
          'only the desk records tickets from phone, e-mail or monitoring',
        );
      }
      if (reporterRef && reporterRef !== actor.userRef) {
        throw new NotAllowedError(
          'only the desk opens tickets on behalf of someone else',
        );
      }
    }
    const { callId, ...fieldsIn } = input;
    if (callId && !isDesk)
      throw new NotAllowedError('only the desk opens tickets from calls');
    // The reporter's ref decides who sees the ticket: it must be someone the catalog knows.
    if (isDesk && reporterRef && !(await this.router.isUser(reporterRef))) {
      throw new InputError(
        `reporter.userRef: the catalog has no user ${reporterRef}`,
      );
    }
    const at = this.now().toISOString();
    const ticket = await this.newTicket(
      {
        ...fieldsIn,
        reporter: {
          ...input.reporter,
          userRef: isDesk ? reporterRef : actor.userRef,
        },
      },
      at,
      actor.userRef,
    );
    const { routing, ...opened } = ticket;
    // The response clock the desk is assessed on starts at occurred-at, so only the desk sets
    // it (SPEC §9); a reporter's own time is kept as their claim until the desk confirms it.
    const fields = isDesk
      ? opened
      : {
          ...opened,
          occurredAt: undefined,
          occurredAtClaimed: opened.occurredAt,
        };
    return this.store.createTicket(
      fields,
      openEvent(fields, routing, callId),
      participantsAtOpen(fields),
      callId,
    );
  }

  /** The SLA targets in force now: the year's rule set, or the regulation's before any set. */
  slaTargets(): SlaTargets {
    const year = this.now().getUTCFullYear();
    const sets = this.config.ruleSets;
    return sets.some(set => set.year <= year)
      ? slaTargetsOf(ruleSetFor(year, sets))
      : REGULATION_SLA_TARGETS;
  }

  async get(id: string): Promise<Ticket> {
    const ticket = await this.store.getTicket(id);
    if (!ticket) throw new NotFoundError(`no ticket ${id}`);
    return ticket;
  }

  async withHistory(
    ticket: Ticket,
    actor: Actor,
  ): Promise<TicketWithHistory & { allowedActions: string[] }> {
    const events = await this.store.getEvents(ticket.id);
    return { ...ticket, events, allowedActions: allowedActions(ticket, actor) };
  }

  async act(
    ticket: Ticket,
    request: ActionRequest,
    actor: Actor,
  ): Promise<Ticket> {
    const { action, version, ...input } = request;
    if (version !== ticket.version) {
      throw new ConflictError(
        `ticket ${ticket.displayId} changed since version ${version} (now ${ticket.version}); reload and try again`,
      );
    }
    const events =
      action === 'callback' ? await this.store.getEvents(ticket.id) : [];
    const normalized = {
      ...input,
      assigneeRef: input.assigneeRef && normalizeEntityRef(input.assigneeRef),
      projectManagerRef:
        input.projectManagerRef && normalizeEntityRef(input.projectManagerRef),
    };
    const transition = mapLifecycleErrors(() =>
      decide(ticket, action, actor, normalized, lastHandler(events)),
    );
    await this.checkReceiver(ticket, action, normalized);
    if (transition.occurredAt)
      this.checkOccurredAt(transition.occurredAt, ticket.acceptedAt);
    const change = changeFor(
      ticket,
      action,
      transition,
      normalized,
      actor.userRef,
      this.now().toISOString(),
    );
    const updated = await this.store.applyChange(
      ticket.id,
      version,
      change.patch,
      change.event,
      change.participants,
    );
    if (!updated) {
      throw new ConflictError(
        `ticket ${ticket.displayId} was changed by someone else; reload and try again`,
      );
    }
    return updated;
  }

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
    const existing = await this.store.findExternalIds([...seen.keys()]);
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
      ? await this.store.importTickets(batch, by)
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
      projectManagerRef,
      ...fields
    } = input;
    const accepted = new Date(acceptedAt);
    // History has happened: a time after now is a wrong zone or a typo, not a plan.
    const latest = this.now().getTime() + CLOCK_SKEW_MS;
    if (accepted.getTime() > latest)
      throw new Error(`acceptedAt: ${acceptedAt} is in the future`);
    const { routing, ...ticket } = await this.newTicket(
      fields,
      accepted.toISOString(),
      normalizeEntityRef(acceptedBy),
    );
    const current: NewTicket & { externalId: string } = {
      ...ticket,
      externalId,
    };
    const events: ImportedTicket['events'] = [openEvent(current, routing)];
    if (projectManagerRef) {
      // The old platform's PM stays the PM of record, if the catalog knows them as one.
      const pm = normalizeEntityRef(projectManagerRef);
      const roles = await this.router.rolesOf(pm, this.config.roles);
      if (!roles.has('projectManager') && !roles.has('lead')) {
        throw new Error(
          `projectManagerRef: ${pm} is not a project manager or the desk lead in the catalog`,
        );
      }
      current.projectManagerRef = pm;
      events[0] = {
        ...events[0],
        data: { ...events[0].data, importedProjectManagerRef: pm },
      };
    }
    const participants = participantsAtOpen(current);
    let previous = accepted.getTime();
    for (const [i, step] of steps.entries()) {
      const { action, at, actorRef, ...rawInput } = step;
      const when = Date.parse(at);
      if (when < previous) {
        throw new Error(
          `events[${i}].at: ${at} is before the event or acceptance before it`,
        );
      }
      if (when > latest)
        throw new Error(`events[${i}].at: ${at} is in the future`);
      previous = when;
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
          lastHandler(events),
          {
            checkActor: false,
          },
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
      events.push(change.event);
      participants.push(...change.participants);
    }
    return { ticket: current, events, participants };
  }

  /** A new ticket's fields after the checks that need configuration and the catalog. */
  private async newTicket(
    input: Omit<CreateTicketInput, 'emergency'> & { emergency?: boolean },
    acceptedAt: string,
    acceptedBy: string,
  ): Promise<NewTicket & { routing: RoutingDecision }> {
    const priority = priorityOf(
      this.config.priority,
      input.impact,
      input.urgency,
    );
    if (!priority) {
      throw new InputError(
        `impact/urgency: '${input.impact}' × '${
          input.urgency
        }' is not in the priority matrix (impacts: ${this.config.priority.impacts.join(
          ', ',
        )}; urgencies: ${this.config.priority.urgencies.join(', ')})`,
      );
    }
    if (!this.categories.has(input.category)) {
      throw new InputError(
        `category: '${input.category}' is not a configured category`,
      );
    }
    if (input.occurredAt) this.checkOccurredAt(input.occurredAt, acceptedAt);
    const routing = await this.router.route(
      normalizeEntityRef(input.entityRef),
    );
    return {
      kind: input.kind,
      emergency: input.emergency ?? false,
      priority,
      impact: input.impact,
      urgency: input.urgency,
      category: input.category,
      title: input.title,
      description: input.description,
      reporter: input.reporter,
      channel: input.channel,
      entityRef: routing.entityRef,
      occurredAt: input.occurredAt && new Date(input.occurredAt).toISOString(),
      acceptedAt,
      acceptedBy,
      state: 'new',
      projectManagerRef: routing.projectManagerRef,
      routingSource: routing.source,
      routingWarning: routing.warning,
      pmInvolved: false,
      routing,
    };
  }

  /**
   * An emergency happens before it reaches the desk, and not long before: a time after the
   * ticket was opened, or further back than the configured days, is a typo or a wrong zone.
   */
  private checkOccurredAt(occurredAt: string, acceptedAt: string) {
    const occurred = Date.parse(occurredAt);
    const accepted = Date.parse(acceptedAt);
    if (occurred > accepted + CLOCK_SKEW_MS) {
      throw new InputError(
        `occurredAt: ${occurredAt} is after the ticket was accepted (acceptedAt ${acceptedAt})`,
      );
    }
    const days = this.config.emergencies.maxOccurredDaysBeforeOpen;
    if (occurred < accepted - days * 86_400_000) {
      throw new InputError(
        `occurredAt: ${occurredAt} is more than ${days} days before the ticket was accepted (acceptedAt ${acceptedAt})`,
      );
    }
  }

  /** The receiver of a dispatch or assignment must be someone who can take it. */
  private async checkReceiver(
    ticket: Ticket,
    action: string,
    input: { assigneeRef?: string; projectManagerRef?: string },
  ) {
    if (action === 'assign') {
      const routing = await this.router.route(ticket.entityRef);
      if (!routing.engineers.includes(input.assigneeRef!)) {
        throw new InputError(
          `assigneeRef: ${
            input.assigneeRef
          } is not a member of the team that owns ${ticket.entityRef} (${
            routing.engineers.join(', ') || 'no members'
          })`,
        );
      }
    }
    if (action === 'assign_tech_support') {
      const roles = await this.router.rolesOf(
        input.assigneeRef!,
        this.config.roles,
      );
      if (!roles.has('techSupport')) {
        throw new InputError(
          `assigneeRef: ${input.assigneeRef} is not in technical support`,
        );
      }
    }
    if (action === 'dispatch' && input.projectManagerRef) {
      const roles = await this.router.rolesOf(
        input.projectManagerRef,
        this.config.roles,
      );
      if (!roles.has('projectManager') && !roles.has('lead')) {
        throw new InputError(
          `projectManagerRef: ${input.projectManagerRef} is not a project manager`,
        );
      }
    }
  }
}

function openEvent(
  ticket: Pick<NewTicket, 'acceptedAt' | 'acceptedBy'>,
  routing: RoutingDecision,
  callId?: string,
): Omit<TicketEvent, 'id' | 'ticketId' | 'seq'> {
  return {
    action: 'open',
    actorRef: ticket.acceptedBy,
    at: ticket.acceptedAt,
    toState: 'new',
    data: {
      routing: {
        projectManagerRef: routing.projectManagerRef,
        source: routing.source,
        decidedBy: routing.decidedBy,
        warning: routing.warning,
      },
      ...(callId ? { callId } : {}),
    },
  };
}

function participantsAtOpen(ticket: NewTicket): string[] {
  return [
    ticket.acceptedBy,
    ticket.projectManagerRef,
    ticket.reporter.userRef,
  ].filter((r): r is string => !!r);
}

function withoutNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null),
  ) as Partial<T>;
}

function mapLifecycleErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof LifecycleError)) throw e;
    if (e.kind === 'forbidden') throw new NotAllowedError(e.message);
    if (e.kind === 'invalid') throw new InputError(e.message);
    throw new ConflictError(
      `${e.message}; allowed actions: ${e.allowedActions.join(', ') || 'none'}`,
    );
  }
}
