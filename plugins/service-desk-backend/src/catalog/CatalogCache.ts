import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeEntityRef } from '@internal/plugin-service-desk-common';

/**
 * Catalog entities by ref, kept briefly: opening a ticket reads the entity, its system, its domain,
 * the owner group and a few users, each over HTTP with a fresh service token. Refs not held are
 * fetched together in one request; callers arriving together for a ref share its request; an
 * entry is held at most `ttlMs` (so a moved PM annotation or group membership takes effect within
 * it; 0 holds nothing) and at most `maxEntries` refs, the oldest going first. Neither a failed
 * request nor a "not found" is kept. Per process: a replica that has not read a ref yet reads it for itself.
 *
 * Whole entities are kept because one cache serves every reader (routing reads annotations, spec
 * and relations): a field list would have to name everything each of them reads, and a field
 * left out would route silently wrong.
 */
export class CatalogCache {
  private readonly entries = new Map<
    string,
    { at: number; entity: Promise<Entity | undefined> }
  >();

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      ttlMs: number;
      maxEntries?: number;
      now?: () => number;
    },
  ) {}

  async getEntity(ref: string): Promise<Entity | undefined> {
    return (await this.getEntities([ref])).get(ref);
  }

  /**
   * The entity of each ref, keyed by the ref as given; undefined for one the catalog does not
   * have, and for one that is not an entity ref at all (the catalog is not asked about it).
   */
  async getEntities(refs: string[]): Promise<Map<string, Entity | undefined>> {
    const keys = new Map(refs.map(ref => [ref, keyOf(ref)]));
    const now = (this.options.now ?? Date.now)();
    const found = new Map<string, Promise<Entity | undefined>>();
    const missing: string[] = [];
    for (const key of new Set(keys.values())) {
      if (key === undefined) continue;
      const held = this.held(key, now);
      if (held) found.set(key, held);
      else missing.push(key);
    }
    if (missing.length) {
      const batch = this.fetch(missing);
      for (const key of missing) {
        const entity = batch.then(entities => entities.get(key));
        found.set(key, entity);
        this.hold(key, now, entity);
      }
    }
    const entities = new Map(
      await Promise.all(
        [...found].map(async ([key, entity]) => [key, await entity] as const),
      ),
    );
    return new Map(
      [...keys].map(([ref, key]) => [
        ref,
        key === undefined ? undefined : entities.get(key),
      ]),
    );
  }

  private held(key: string, now: number) {
    const held = this.entries.get(key);
    return held && now - held.at < this.options.ttlMs ? held.entity : undefined;
  }

  private hold(key: string, at: number, entity: Promise<Entity | undefined>) {
    const { ttlMs, maxEntries = 5_000 } = this.options;
    if (ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { at, entity });
    // A failure or a "not found" is let go once known: an entity the catalog is still
    // ingesting (a backend just started, a component just registered) is found on the next call.
    const letGo = () => {
      if (this.entries.get(key)?.entity === entity) this.entries.delete(key);
    };
    entity.then(found => found || letGo(), letGo);
    while (this.entries.size > maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  private async fetch(
    refs: string[],
  ): Promise<Map<string, Entity | undefined>> {
    const { catalog, auth } = this.options;
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return new Map(refs.map((ref, i) => [ref, items[i] ?? undefined]));
  }
}

/** The router's form of a ref (lower case, default namespace); undefined for no entity ref. */
function keyOf(ref: string): string | undefined {
  try {
    return normalizeEntityRef(ref);
  } catch {
    return undefined;
  }
}
