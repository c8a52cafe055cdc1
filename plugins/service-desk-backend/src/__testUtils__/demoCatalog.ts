import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/**
 * The demo organisation of examples/, with the membership relations the catalog would derive
 * (the in-memory catalog of the tests does not process entities).
 */
export function demoCatalogEntities(): Entity[] {
  const entities = ['org.yaml', 'entities.yaml'].flatMap(file =>
    yaml
      .parseAllDocuments(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
      .map(d => d.toJS() as Entity)
      .filter(Boolean),
  );
  for (const e of entities) {
    e.metadata.namespace ??= 'default';
    e.relations = [];
  }
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  for (const user of entities.filter(e => e.kind === 'User')) {
    for (const g of (user.spec?.memberOf as string[]) ?? []) {
      const groupRef = `group:default/${g}`;
      user.relations!.push({ type: RELATION_MEMBER_OF, targetRef: groupRef });
      byRef.get(groupRef)?.relations!.push({
        type: RELATION_HAS_MEMBER,
        targetRef: stringifyEntityRef(user),
      });
    }
  }
  return entities;
}

/** The groups each demo user belongs to, as a sign-in resolver puts them in the identity. */
export function ownershipOf(entities: Entity[], userRef: string): string[] {
  const user = entities.find(e => stringifyEntityRef(e) === userRef);
  return [
    userRef,
    ...(user?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef),
  ];
}
