import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityPresentationApi,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';

const user = (name: string, displayName: string, groups: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName }, memberOf: groups },
  relations: groups.map(g => ({
    type: 'memberOf',
    targetRef: `group:default/${g}`,
  })),
});

/**
 * The people of the ticket fixtures as the catalog names them: the EMS team with its PM
 * zhang.wei among its members, as in the demo catalog; another PM, xu.jing; the desk lead
 * gao.min (a role held by a user rather than a group) and the agent li.na.
 */
export const people: Entity[] = [
  user('zhang.wei', '张伟', ['ems-team', 'project-managers']),
  user('xu.jing', '徐静', ['project-managers']),
  user('gao.min', '高敏', ['service-desk']),
  user('he.jun', '何军', ['ems-team']),
  user('ma.chao', '马超', ['ems-team']),
  user('li.na', '李娜', ['service-desk']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'ems-team', namespace: 'default', title: 'EMS team' },
    spec: { type: 'team', children: [] },
    relations: ['zhang.wei', 'he.jun', 'ma.chao'].map(n => ({
      type: 'hasMember',
      targetRef: `user:default/${n}`,
    })),
  },
];

/** The catalog's presentation of these entities (display name, the ref as secondary title). */
export function presentationOf(entities: Entity[]): EntityPresentationApi {
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  return {
    forEntity(entityOrRef, context) {
      const ref =
        typeof entityOrRef === 'string'
          ? entityOrRef
          : stringifyEntityRef(entityOrRef);
      const snapshot = defaultEntityPresentation(
        byRef.get(ref.toLocaleLowerCase('en-US')) ?? entityOrRef,
        context,
      );
      return { snapshot, promise: Promise.resolve(snapshot) };
    },
  };
}
