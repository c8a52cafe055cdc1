import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** The name the catalog shows for a person or a service: its profile's, its title, or its name. */
export function displayNameOf(entity: Entity): string {
  const profile = entity.spec?.profile as { displayName?: string } | undefined;
  return profile?.displayName ?? entity.metadata.title ?? entity.metadata.name;
}

/**
 * Catalog names of entities by ref, in one request. A failed look-up is logged and gives no
 * names, so whoever shows them falls back to the ids: a notice or a form is never lost for a name.
 */
export async function catalogNames(
  deps: { catalog: CatalogService; auth: AuthService; logger: LoggerService },
  refs: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  if (!unique.length) return new Map();
  try {
    const credentials = await deps.auth.getOwnServiceCredentials();
    const { items } = await deps.catalog.getEntitiesByRefs(
      { entityRefs: unique },
      { credentials },
    );
    return new Map(
      unique.flatMap((ref, i) => {
        const entity = items[i];
        return entity ? [[ref, displayNameOf(entity)] as const] : [];
      }),
    );
  } catch (error) {
    deps.logger.warn(`Could not read names from the catalog: ${error}`);
    return new Map();
  }
}
