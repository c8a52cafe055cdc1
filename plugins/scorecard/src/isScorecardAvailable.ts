import { Entity } from '@backstage/catalog-model';

/**
 * Whether an entity gets the Scorecard tab: groups, where the desk's teams and the project teams
 * it dispatches to are found. Customer organisations are groups too, but not the desk's own.
 */
export function isScorecardAvailable(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'group' &&
    String(
      (entity.spec as { type?: unknown } | undefined)?.type ?? '',
    ).toLocaleLowerCase('en-US') !== 'organization'
  );
}
