import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * An entity ref in the one spelling the desk stores and compares: full (kind:namespace/name)
 * and lower case, as the catalog compares refs case-insensitively.
 */
export function normalizeEntityRef(
  ref: string,
  defaults: { defaultKind?: string } = {},
): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: defaults.defaultKind,
      defaultNamespace: 'default',
    }),
  ).toLocaleLowerCase('en-US');
}
