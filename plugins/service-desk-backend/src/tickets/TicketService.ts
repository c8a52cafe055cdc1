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
  LifecycleError,
  ListQuery,
  RoutingDecision,
  Ticket,
  TicketWithHistory,
  allowedActions,
  decide,
  engineerCandidates,
  lastHandler,
  normalizeEntityRef,
  REGULATION_SLA_TARGETS,
  SlaTargets,
  ruleSetAt,
  slaTargetsOf,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskConfig } from '../config';
import {
  TicketFilter,
  TicketListResult,
  TicketEffects,
  TicketStore,
} from '../database/TicketStore';
import { WriteProvenance } from '../database/batches';
import { TicketResource } from '../permissions/rules';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';
import { changeFor } from './changes';
import { ImportResult, TicketImport } from './importTickets';
import { TicketIntake, openEvent, participantsAtOpen } from './TicketIntake';

/**
 * The desk's operations: opening, acting on and importing tickets. Validates what depends on
 * configuration and the catalog; the lifecycle decides, the store writes.
 */
export class TicketService {
  private readonly intake: TicketIntake;
  private readonly importer: TicketImport;

  constructor(
    private readonly store: TicketStore,
    private readonly router: ProjectManagerRouter,
    private readonly config: ServiceDeskConfig,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.intake = new TicketIntake(router, config);
    this.importer = new TicketImport({
      store,
      router,
      config,
      intake: this.intake,
      now,
    });
  }

  async previewRouting(entityRef: string): Promise<RoutingDecision> {
    return this.router.route(normalizeEntityRef(entityRef));
  }

  /** Opens a ticket; `effects` are what it must tell once written (see TicketStore). */
  async create(
    input: CreateTicketInput,
    actor: Actor,
    effects?: TicketEffects,
  ): Promise<Ticket> {
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
    const ticket = await this.intake.fields(
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
    // that time (SPEC §9); a reporter's own is kept as their claim until the desk confirms it.
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
      effects,
    );
  }

  /**
   * Opens a ticket for an alert of the monitoring system: accepted by its principal (`sender`),
   * its occurred-at the alert's own time; nobody called, so there is no reporter to check.
   */
  async createFromAlert(
    input: CreateTicketInput,
    sender: string,
    effects?: TicketEffects,
  ): Promise<Ticket> {
    const at = this.now().toISOString();
    const { routing, ...fields } = await this.intake.fields(input, at, sender);
    return this.store.createTicket(
      fields,
      openEvent(fields, routing),
      // The monitoring system is no one to notify or show the ticket to.
      participantsAtOpen(fields).filter(ref => ref !== sender),
      undefined,
      effects,
    );
  }

  /** The SLA targets in force now: today's rule-set version, or the regulation's before any. */
  slaTargets(): SlaTargets {
    const { ruleSets, timeZone } = this.config;
    try {
      return slaTargetsOf(ruleSetAt(this.now(), timeZone, ruleSets));
    } catch (error) {
      // Before the first configured version: the regulation's own targets.
      if (error instanceof RangeError) return REGULATION_SLA_TARGETS;
      throw error;
    }
  }

  async get(id: string): Promise<Ticket> {
    const ticket = await this.store.getTicket(id);
    if (!ticket) throw new NotFoundError(`no ticket ${id}`);
    return ticket;
  }

  /** A ticket with its participants, as the permission rules judge it. */
  async resource(id: string): Promise<TicketResource> {
    // Two independent reads: side by side, not one after the other.
    const [ticket, participants] = await Promise.all([
      this.get(id),
      this.store.getParticipants(id),
    ]);
    return { ...ticket, participants };
  }

  /**
   * A page of tickets under the caller's permission filter, sorted by the targets in force;
   * `waitingOn=me` is the tickets that wait on `actor`.
   */
  list(
    query: ListQuery,
    filter: TicketFilter | undefined,
    actor: Actor,
  ): Promise<TicketListResult> {
    const normalized = {
      ...query,
      waitingFor: query.waitingOn === 'me' ? actor : undefined,
      entityRef: query.entityRef && normalizeEntityRef(query.entityRef),
      assigneeRef: query.assigneeRef && normalizeEntityRef(query.assigneeRef),
      involving: query.involving && normalizeEntityRef(query.involving),
    };
    return this.store.listTickets(normalized, filter, this.slaTargets());
  }

  async withHistory(
    ticket: Ticket,
    actor: Actor,
  ): Promise<TicketWithHistory & { allowedActions: string[] }> {
    const events = await this.store.getEvents(ticket.id);
    return { ...ticket, events, allowedActions: allowedActions(ticket, actor) };
  }

  /** Acts on a ticket; the result carries its participants after the change. */
  async act(
    resource: TicketResource,
    request: ActionRequest,
    actor: Actor,
    effects?: TicketEffects,
  ): Promise<TicketResource> {
    const { participants, ...ticket } = resource;
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
      this.intake.checkOccurredAt(transition.occurredAt, ticket.acceptedAt);
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
      effects,
    );
    if (!updated) {
      throw new ConflictError(
        `ticket ${ticket.displayId} was changed by someone else; reload and try again`,
      );
    }
    return {
      ...updated,
      participants: [...new Set([...participants, ...change.participants])],
    };
  }

  /** Imports tickets with their history: see TicketImport. */
  import(
    records: unknown[],
    by: WriteProvenance,
  ): Promise<ImportResult & { written: Ticket[] }> {
    return this.importer.import(records, by);
  }

  /** The receiver of a dispatch or assignment must be someone who can take it. */
  private async checkReceiver(
    ticket: Ticket,
    action: string,
    input: { assigneeRef?: string; projectManagerRef?: string },
  ) {
    if (action === 'assign') {
      const routing = await this.router.route(ticket.entityRef);
      const engineers = engineerCandidates(routing.engineers, ticket);
      if (input.assigneeRef === ticket.projectManagerRef) {
        throw new InputError(
          `assigneeRef: ${
            input.assigneeRef
          } is the ticket's project manager; assign one of the engineers (${
            engineers.join(', ') || 'no members'
          })`,
        );
      }
      if (!engineers.includes(input.assigneeRef!)) {
        throw new InputError(
          `assigneeRef: ${
            input.assigneeRef
          } is not a member of the team that owns ${ticket.entityRef} (${
            engineers.join(', ') || 'no members'
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
