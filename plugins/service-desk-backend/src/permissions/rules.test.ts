import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { ServiceDeskPermissionPolicy } from '@internal/plugin-permission-backend-module-service-desk-policy';
import {
  DESK_ROLES,
  serviceDeskPermissions,
} from '@internal/plugin-service-desk-common';
import { ticketPermissionRules, ticketResourceRef } from './rules';

const conditionsIn = (
  criteria: PermissionCriteria<PermissionCondition>,
): PermissionCondition[] => {
  if ('allOf' in criteria) return criteria.allOf.flatMap(conditionsIn);
  if ('anyOf' in criteria) return criteria.anyOf.flatMap(conditionsIn);
  if ('not' in criteria) return conditionsIn(criteria.not);
  return [criteria];
};

const userWith = (groups: string[]): PolicyQueryUser =>
  ({
    info: {
      userEntityRef: 'user:default/zhou.xin',
      ownershipEntityRefs: ['user:default/zhou.xin', ...groups],
    },
  } as unknown as PolicyQueryUser);

describe('the ticket permission rules', () => {
  it('include every rule the service-desk policy names in its conditions, with params it accepts', async () => {
    const policy = new ServiceDeskPermissionPolicy(
      Object.fromEntries(DESK_ROLES.map(r => [r, [`group:default/${r}`]])),
    );
    const users = [
      undefined,
      userWith([]),
      ...DESK_ROLES.map(r => userWith([`group:default/${r}`])),
    ];
    const conditions: PermissionCondition[] = [];
    for (const permission of serviceDeskPermissions) {
      for (const user of users) {
        const decision = await policy.handle({ permission }, user);
        if (decision.result !== AuthorizeResult.CONDITIONAL) continue;
        expect(decision.pluginId).toBe(ticketResourceRef.pluginId);
        expect(decision.resourceType).toBe(ticketResourceRef.resourceType);
        conditions.push(...conditionsIn(decision.conditions));
      }
    }

    expect(conditions).not.toEqual([]);
    for (const condition of conditions) {
      const rule = ticketPermissionRules.find(r => r.name === condition.rule);
      expect(rule?.resourceType).toBe(condition.resourceType);
      const checked = await rule?.paramsSchema?.['~standard'].validate(
        condition.params,
      );
      expect(checked).toEqual({ value: condition.params });
    }
  });
});
