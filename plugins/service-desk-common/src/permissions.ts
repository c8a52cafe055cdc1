import {
  AuthorizeResult,
  ConditionalPolicyDecision,
  PermissionCondition,
  PermissionCriteria,
  createPermission,
} from '@backstage/plugin-permission-common';

/** The resource type of tickets, for conditional (row-level) permission decisions. */
export const TICKET_RESOURCE_TYPE = 'service-desk-ticket';

/**
 * The names of the ticket resource's permission rules and their params. The backend registers
 * its rules under these names and a permission policy builds its conditions from them, so a
 * policy installed apart from the backend names only rules that exist.
 */
export const TICKET_RULES = { isParticipant: 'IS_PARTICIPANT' } as const;

/** The params of each ticket rule, by rule name. */
export interface TicketRuleParams {
  /** The user reported the ticket, was routed it, held it or acted on it. */
  [TICKET_RULES.isParticipant]: { userRef: string };
}

export type TicketRuleName = keyof TicketRuleParams;

/** A condition on tickets: the rule applied with its params. */
export function ticketCondition<R extends TicketRuleName>(
  rule: R,
  params: TicketRuleParams[R],
): PermissionCondition<typeof TICKET_RESOURCE_TYPE, TicketRuleParams[R]> {
  return { rule, resourceType: TICKET_RESOURCE_TYPE, params };
}

/** A decision that lets the service-desk plugin filter tickets by the conditions. */
export function conditionalTicketDecision(
  conditions: PermissionCriteria<
    PermissionCondition<typeof TICKET_RESOURCE_TYPE>
  >,
): ConditionalPolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'service-desk',
    resourceType: TICKET_RESOURCE_TYPE,
    conditions,
  };
}

/** Open a ticket (the desk, or anyone reporting for themselves in the portal). */
export const ticketCreatePermission = createPermission({
  name: 'service-desk.ticket.create',
  attributes: { action: 'create' },
});

/** See a ticket and its history. */
export const ticketReadPermission = createPermission({
  name: 'service-desk.ticket.read',
  attributes: { action: 'read' },
  resourceType: TICKET_RESOURCE_TYPE,
});

/** Take lifecycle actions on a ticket; which ones is then decided by the lifecycle and roles. */
export const ticketUpdatePermission = createPermission({
  name: 'service-desk.ticket.update',
  attributes: { action: 'update' },
  resourceType: TICKET_RESOURCE_TYPE,
});

/** Import tickets with their history from the old operations platform. */
export const ticketImportPermission = createPermission({
  name: 'service-desk.ticket.import',
  attributes: { action: 'create' },
});

/** Read scorecards, statistics and the assessment items behind them (SPEC §6, §7). */
export const scorecardReadPermission = createPermission({
  name: 'service-desk.scorecard.read',
  attributes: { action: 'read' },
});

/** Record assessment items and corrections (managers, SPEC §1). */
export const assessmentCreatePermission = createPermission({
  name: 'service-desk.assessment.create',
  attributes: { action: 'create' },
});

/**
 * Upload a file of call records (managers). The call records are what the desk's answer rate is
 * assessed on (SPEC §9), so desk staff never write them: the telephone system sends them with its
 * service credential (the subjects of `serviceDesk.calls.writers`, checked by the plugin, as a
 * permission policy cannot tell one service from another), and a manager may upload its export.
 */
export const callCreatePermission = createPermission({
  name: 'service-desk.call.create',
  attributes: { action: 'create' },
});

/** Link a recorded call to the ticket opened from it (the desk). */
export const callLinkPermission = createPermission({
  name: 'service-desk.call.link',
  attributes: { action: 'update' },
});

/** See the duty roster (§8.6): the desk and managers. */
export const rosterReadPermission = createPermission({
  name: 'service-desk.roster.read',
  attributes: { action: 'read' },
});

/** Plan the roster and arrange covers and swaps (the desk lead, §8.6 (3)). */
export const rosterPlanPermission = createPermission({
  name: 'service-desk.roster.plan',
  attributes: { action: 'update' },
});

/** Approve or refuse a change of half a day or more (the IT department manager, §8.6 (1)). */
export const rosterApprovePermission = createPermission({
  name: 'service-desk.roster.approve',
  attributes: { action: 'update' },
});

/** Submit a period's scorecard for sealing (the desk lead reports it, §6.7). */
export const scorecardSealSubmitPermission = createPermission({
  name: 'service-desk.scorecard.seal.submit',
  attributes: { action: 'create' },
});

/** Approve or return a sealing, and unseal a period (the IT department manager). */
export const scorecardSealDecidePermission = createPermission({
  name: 'service-desk.scorecard.seal.decide',
  attributes: { action: 'update' },
});

/** Appeal a deduction (申诉, the desk lead). */
export const scorecardAppealFilePermission = createPermission({
  name: 'service-desk.scorecard.appeal.file',
  attributes: { action: 'create' },
});

/** Accept or reject an appeal (复核, the IT department manager). */
export const scorecardAppealDecidePermission = createPermission({
  name: 'service-desk.scorecard.appeal.decide',
  attributes: { action: 'update' },
});

export const serviceDeskPermissions = [
  scorecardSealSubmitPermission,
  scorecardSealDecidePermission,
  scorecardAppealFilePermission,
  scorecardAppealDecidePermission,
  rosterReadPermission,
  rosterPlanPermission,
  rosterApprovePermission,
  callCreatePermission,
  callLinkPermission,
  ticketCreatePermission,
  ticketReadPermission,
  ticketUpdatePermission,
  ticketImportPermission,
  scorecardReadPermission,
  assessmentCreatePermission,
];
