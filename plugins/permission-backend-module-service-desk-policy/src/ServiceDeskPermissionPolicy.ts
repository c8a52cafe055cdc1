import {
  AuthorizeResult,
  PolicyDecision,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  DeskRole,
  RoleMembership,
  SEES_ALL_TICKETS,
  TICKET_RESOURCE_TYPE,
  resolveRoles,
  ticketCreatePermission,
  ticketImportPermission,
  scorecardReadPermission,
  assessmentCreatePermission,
  callCreatePermission,
  callLinkPermission,
  DESK_STAFF,
  rosterReadPermission,
  rosterPlanPermission,
  rosterApprovePermission,
  scorecardAppealDecidePermission,
  scorecardAppealFilePermission,
  scorecardSealDecidePermission,
  scorecardSealSubmitPermission,
  TICKET_RULES,
  conditionalTicketDecision,
  ticketCondition,
} from '@internal/plugin-service-desk-common';

const IMPORTERS: readonly DeskRole[] = ['lead', 'manager'];
/**
 * The desk keeps the statistics (§6.6), the lead reports them, managers assess (§7): the same
 * people who see every ticket.
 */
const SCORECARD_READERS = SEES_ALL_TICKETS;
const ASSESSORS: readonly DeskRole[] = ['manager'];
/**
 * Call records are inputs of the desk's own assessment (SPEC §9): of the people, only managers
 * upload them; the telephone system's service principal is let in by the plugin (calls.writers).
 */
const CALL_UPLOADERS: readonly DeskRole[] = ['manager'];
/** The lead plans the roster and arranges covers; the IT manager approves long changes (§8.6). */
const ROSTER_PLANNERS: readonly DeskRole[] = ['lead'];
const ROSTER_APPROVERS: readonly DeskRole[] = ['manager'];
/** The lead reports a period and appeals its deductions; the IT manager decides both (§6.7). */
const PERIOD_REPORTERS: readonly DeskRole[] = ['lead'];
const PERIOD_DECIDERS: readonly DeskRole[] = ['manager'];

/**
 * Maps the desk roles of app-config to the service-desk permissions: the desk and managers see
 * every ticket, everyone else sees the tickets they took part in; only the lead and managers
 * import. Permissions of other plugins are allowed, as the allow-all policy it replaces did.
 */
export class ServiceDeskPermissionPolicy implements PermissionPolicy {
  constructor(private readonly membership: RoleMembership) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith('service-desk.')) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) {
      // A policy cannot tell one service from another: the plugin checks the telephone system's
      // subject itself (serviceDesk.calls.writers), so no other service writes calls through here.
      if (permission.name === callCreatePermission.name)
        return { result: AuthorizeResult.DENY };
      // Other service-to-service calls (a migration job importing history) act for the platform.
      return { result: AuthorizeResult.ALLOW };
    }
    const roles = resolveRoles(user.info.ownershipEntityRefs, this.membership);
    if (permission.name === ticketCreatePermission.name) {
      return { result: AuthorizeResult.ALLOW };
    }
    const basic: Record<string, readonly DeskRole[]> = {
      [ticketImportPermission.name]: IMPORTERS,
      [scorecardReadPermission.name]: SCORECARD_READERS,
      [assessmentCreatePermission.name]: ASSESSORS,
      [callCreatePermission.name]: CALL_UPLOADERS,
      [callLinkPermission.name]: DESK_STAFF,
      [rosterReadPermission.name]: SCORECARD_READERS,
      [rosterPlanPermission.name]: ROSTER_PLANNERS,
      [rosterApprovePermission.name]: ROSTER_APPROVERS,
      [scorecardSealSubmitPermission.name]: PERIOD_REPORTERS,
      [scorecardSealDecidePermission.name]: PERIOD_DECIDERS,
      [scorecardAppealFilePermission.name]: PERIOD_REPORTERS,
      [scorecardAppealDecidePermission.name]: PERIOD_DECIDERS,
    };
    if (basic[permission.name]) {
      return {
        result: basic[permission.name].some(r => roles.has(r))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (isResourcePermission(permission, TICKET_RESOURCE_TYPE)) {
      if (SEES_ALL_TICKETS.some(r => roles.has(r))) {
        return { result: AuthorizeResult.ALLOW };
      }
      return conditionalTicketDecision(
        ticketCondition(TICKET_RULES.isParticipant, {
          userRef: user.info.userEntityRef,
        }),
      );
    }
    return { result: AuthorizeResult.DENY };
  }
}
