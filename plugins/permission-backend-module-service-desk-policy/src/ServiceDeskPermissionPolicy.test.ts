import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  Permission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  callCreatePermission,
  readRoleMembership,
  rosterApprovePermission,
  scorecardAppealDecidePermission,
  scorecardAppealFilePermission,
  scorecardSealDecidePermission,
  scorecardSealSubmitPermission,
  ticketCreatePermission,
  ticketImportPermission,
  ticketReadPermission,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskPermissionPolicy } from './ServiceDeskPermissionPolicy';

const policy = new ServiceDeskPermissionPolicy(
  readRoleMembership(
    new ConfigReader({
      serviceDesk: {
        roles: {
          agent: ['group:default/desk-agents'],
          lead: ['group:default/desk-leads'],
          manager: ['group:default/it-managers'],
        },
      },
    }),
  ),
);

const user = (name: string, groups: string[] = []) =>
  ({
    info: {
      userEntityRef: `user:default/${name}`,
      ownershipEntityRefs: [`user:default/${name}`, ...groups],
    },
  } as unknown as PolicyQueryUser);

const AGENT = user('li.na', ['group:default/desk-agents']);
const LEAD = user('wang.fang', ['group:default/desk-leads']);
const MANAGER = user('huang.wei', ['group:default/it-managers']);
const REPORTER = user('zhou.xin');

describe('ServiceDeskPermissionPolicy', () => {
  it.each<[string, Permission, PolicyQueryUser | undefined, AuthorizeResult]>([
    [
      'another plugin',
      { type: 'basic', name: 'catalog.entity.read', attributes: {} },
      REPORTER,
      AuthorizeResult.ALLOW,
    ],
    [
      'anyone opening a ticket',
      ticketCreatePermission,
      REPORTER,
      AuthorizeResult.ALLOW,
    ],
    [
      'the desk reading tickets',
      ticketReadPermission,
      AGENT,
      AuthorizeResult.ALLOW,
    ],
    ['the lead importing', ticketImportPermission, LEAD, AuthorizeResult.ALLOW],
    ['an agent importing', ticketImportPermission, AGENT, AuthorizeResult.DENY],
    [
      'a manager approving a roster change',
      rosterApprovePermission,
      MANAGER,
      AuthorizeResult.ALLOW,
    ],
    [
      'the lead approving a roster change',
      rosterApprovePermission,
      LEAD,
      AuthorizeResult.DENY,
    ],
    [
      'the lead submitting a period for sealing',
      scorecardSealSubmitPermission,
      LEAD,
      AuthorizeResult.ALLOW,
    ],
    [
      'a manager submitting a period for sealing',
      scorecardSealSubmitPermission,
      MANAGER,
      AuthorizeResult.DENY,
    ],
    [
      'a manager sealing',
      scorecardSealDecidePermission,
      MANAGER,
      AuthorizeResult.ALLOW,
    ],
    [
      'the lead sealing',
      scorecardSealDecidePermission,
      LEAD,
      AuthorizeResult.DENY,
    ],
    [
      'the lead appealing',
      scorecardAppealFilePermission,
      LEAD,
      AuthorizeResult.ALLOW,
    ],
    [
      'an agent appealing',
      scorecardAppealFilePermission,
      AGENT,
      AuthorizeResult.DENY,
    ],
    [
      'a manager deciding an appeal',
      scorecardAppealDecidePermission,
      MANAGER,
      AuthorizeResult.ALLOW,
    ],
    [
      'the lead deciding an appeal',
      scorecardAppealDecidePermission,
      LEAD,
      AuthorizeResult.DENY,
    ],
    [
      'a service writing calls',
      callCreatePermission,
      undefined,
      AuthorizeResult.DENY,
    ],
    [
      'a service importing',
      ticketImportPermission,
      undefined,
      AuthorizeResult.ALLOW,
    ],
  ])('decides %s', async (_case, permission, who, result) => {
    expect(await policy.handle({ permission }, who)).toEqual({ result });
  });

  it('lets everyone else read the tickets they took part in', async () => {
    expect(
      await policy.handle({ permission: ticketReadPermission }, REPORTER),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'service-desk',
      resourceType: 'service-desk-ticket',
      conditions: {
        rule: 'IS_PARTICIPANT',
        resourceType: 'service-desk-ticket',
        params: { userRef: 'user:default/zhou.xin' },
      },
    });
  });
});
