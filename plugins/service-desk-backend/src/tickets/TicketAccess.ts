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
  ticketReadPermission,
  ticketUpdatePermission,
} from '@internal/plugin-service-desk-common';
import { TicketFilter, TicketQuery } from '../database/TicketStore';
import { TicketResource, ticketResourceRef } from '../permissions/rules';
import { DecisionCache } from '../permissions/decisionCache';

/** Which tickets a caller may list: none, or those the filter lets through (all, without one). */
export type ListScope =
  | { visible: false }
  | { visible: true; filter?: TicketFilter };

/**
 * Which tickets a caller may see and change, by the permission framework's (conditional)
 * decisions on the ticket it is given. The HTTP API and the actions both ask here, so an
 * assistant sees exactly what its user would see in the portal.
 */
export class TicketAccess {
  private readonly toFilter: ConditionTransformer<TicketQuery>;
  private readonly isAllowed: (
    decision: PolicyDecision,
    resource: TicketResource,
  ) => boolean;

  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      /** Conditional decisions kept briefly per caller (none when absent). */
      decisions?: DecisionCache;
    },
  ) {
    // The rules must be registered (addResourceType) before this is built.
    const ruleset =
      deps.permissionsRegistry.getPermissionRuleset(ticketResourceRef);
    this.toFilter = createConditionTransformer(ruleset);
    this.isAllowed = createConditionAuthorizer(ruleset);
  }

  /**
   * Passes when the caller may use the ticket under `permission`. A ticket they may not see is
   * "not found", so its existence does not leak; one they may see but not change is "not allowed".
   */
  async check(
    ticket: TicketResource,
    credentials: BackstageCredentials,
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
  ): Promise<void> {
    const decision = await this.decide(permission, credentials);
    if (decision.result === AuthorizeResult.ALLOW) return;
    if (this.isAllowed(decision, ticket)) return;
    if (
      permission === ticketUpdatePermission &&
      this.isAllowed(
        await this.decide(ticketReadPermission, credentials),
        ticket,
      )
    ) {
      throw new NotAllowedError(
        `you may not act on ticket ${ticket.displayId}`,
      );
    }
    throw new NotFoundError(`no ticket ${ticket.id}`);
  }

  /** The tickets the caller may list; a conditional decision becomes a database filter. */
  async listScope(credentials: BackstageCredentials): Promise<ListScope> {
    const decision = await this.decide(ticketReadPermission, credentials);
    if (decision.result === AuthorizeResult.DENY) return { visible: false };
    return decision.result === AuthorizeResult.CONDITIONAL
      ? { visible: true, filter: this.toFilter(decision.conditions) }
      : { visible: true };
  }

  private async decide(
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> {
    const ask = async () => {
      const [decision] = await this.deps.permissions.authorizeConditional(
        [{ permission }],
        { credentials },
      );
      return decision as PolicyDecision;
    };
    const { decisions } = this.deps;
    return decisions
      ? decisions.get(DecisionCache.keyOf(credentials, permission.name), ask)
      : ask();
  }
}
