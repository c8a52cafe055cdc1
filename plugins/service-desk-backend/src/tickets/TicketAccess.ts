import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ConditionTransformer,
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  ListQuery,
  Ticket,
  normalizeEntityRef,
  ticketReadPermission,
  ticketUpdatePermission,
} from '@internal/plugin-service-desk-common';
import {
  TicketListResult,
  TicketQuery,
  TicketStore,
} from '../database/TicketStore';
import { TicketResource, ticketResourceRef } from '../permissions/rules';
import { TicketService } from './TicketService';

/**
 * Which tickets a caller may see and change, by the permission framework's (conditional)
 * decisions. The HTTP API and the actions both ask here, so an assistant sees exactly what its
 * user would see in the portal.
 */
export class TicketAccess {
  private readonly toFilter: ConditionTransformer<TicketQuery>;
  private readonly isAllowed: (
    decision: PolicyDecision,
    resource: TicketResource,
  ) => boolean;

  constructor(
    private readonly deps: {
      service: TicketService;
      store: TicketStore;
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
    },
  ) {
    // The rules must be registered (addResourceType) before this is built.
    const ruleset =
      deps.permissionsRegistry.getPermissionRuleset(ticketResourceRef);
    this.toFilter = createConditionTransformer(ruleset);
    this.isAllowed = createConditionAuthorizer(ruleset);
  }

  /**
   * Loads a ticket the caller may see under `permission`. A ticket they may not see is "not
   * found", so its existence does not leak; one they may see but not change is "not allowed".
   */
  async visibleTicket(
    id: string,
    credentials: BackstageCredentials,
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
  ): Promise<Ticket> {
    const ticket = await this.deps.service.get(id);
    const decision = await this.decide(permission, credentials);
    if (decision.result === AuthorizeResult.ALLOW) return ticket;
    const resource: TicketResource = {
      ...ticket,
      participants: await this.deps.store.getParticipants(ticket.id),
    };
    if (this.isAllowed(decision, resource)) return ticket;
    if (
      permission === ticketUpdatePermission &&
      this.isAllowed(
        await this.decide(ticketReadPermission, credentials),
        resource,
      )
    ) {
      throw new NotAllowedError(
        `you may not act on ticket ${ticket.displayId}`,
      );
    }
    throw new NotFoundError(`no ticket ${id}`);
  }

  /** The tickets matching `query` that the caller may see; the condition becomes SQL. */
  async list(
    query: ListQuery,
    credentials: BackstageCredentials,
  ): Promise<TicketListResult> {
    const decision = await this.decide(ticketReadPermission, credentials);
    if (decision.result === AuthorizeResult.DENY)
      return { items: [], totalCount: 0 };
    const normalized = {
      ...query,
      entityRef: query.entityRef && normalizeEntityRef(query.entityRef),
      assigneeRef: query.assigneeRef && normalizeEntityRef(query.assigneeRef),
      involving: query.involving && normalizeEntityRef(query.involving),
    };
    const filter =
      decision.result === AuthorizeResult.CONDITIONAL
        ? this.toFilter(decision.conditions)
        : undefined;
    return this.deps.store.listTickets(
      normalized,
      filter,
      this.deps.service.slaTargets(),
    );
  }

  private async decide(
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      {
        credentials,
      },
    );
    return decision as PolicyDecision;
  }
}
