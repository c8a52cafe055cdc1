import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogCache } from './CatalogCache';

const user = (name: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: {},
});

/** A catalog over a map the test changes, counting the requests it answers. */
function fakeCatalog(entities: Entity[]) {
  const byRef = new Map(
    entities.map(e => [`user:default/${e.metadata.name}`, e]),
  );
  const getEntitiesByRefs = jest.fn(
    async ({ entityRefs }: { entityRefs: string[] }) => ({
      items: entityRefs.map(ref => byRef.get(ref)),
    }),
  );
  return {
    byRef,
    getEntitiesByRefs,
    catalog: catalogServiceMock.mock({ getEntitiesByRefs }),
  };
}

function cacheOver(
  catalog: ReturnType<typeof fakeCatalog>,
  clock: { now: number },
  options: { ttlMs?: number; maxEntries?: number } = {},
) {
  return new CatalogCache({
    catalog: catalog.catalog,
    auth: mockServices.auth(),
    ttlMs: options.ttlMs ?? 30_000,
    maxEntries: options.maxEntries,
    now: () => clock.now,
  });
}

const requested = (catalog: ReturnType<typeof fakeCatalog>) =>
  catalog.getEntitiesByRefs.mock.calls.map(([r]) => r.entityRefs);

describe('CatalogCache', () => {
  it('fetches several refs in one request, normalised, keyed as asked', async () => {
    const catalog = fakeCatalog([user('a'), user('b')]);
    const cache = cacheOver(catalog, { now: 0 });
    const found = await cache.getEntities([
      'user:default/a',
      'User:a',
      'user:default/b',
      'user:default/nobody',
      'not a ref',
    ]);
    expect(requested(catalog)).toEqual([
      ['user:default/a', 'user:default/b', 'user:default/nobody'],
    ]);
    expect(found.get('User:a')?.metadata.name).toBe('a');
    expect(found.get('user:default/b')?.metadata.name).toBe('b');
    expect(found.has('user:default/nobody')).toBe(true);
    expect(found.get('user:default/nobody')).toBeUndefined();
    expect(found.get('not a ref')).toBeUndefined();
  });

  it('answers a held ref from memory within the TTL, and asks again after it', async () => {
    const catalog = fakeCatalog([user('a', 'Old')]);
    const clock = { now: 0 };
    const cache = cacheOver(catalog, clock);
    await cache.getEntity('user:default/a');
    catalog.byRef.set('user:default/a', user('a', 'New'));
    clock.now = 29_999;
    expect((await cache.getEntity('user:default/a'))?.metadata.title).toBe(
      'Old',
    );
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    clock.now = 30_000;
    expect((await cache.getEntity('user:default/a'))?.metadata.title).toBe(
      'New',
    );
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
  });

  it('asks only for the refs it does not hold', async () => {
    const catalog = fakeCatalog([user('a'), user('b')]);
    const cache = cacheOver(catalog, { now: 0 });
    await cache.getEntity('user:default/a');
    await cache.getEntities(['user:default/a', 'user:default/b']);
    expect(requested(catalog)).toEqual([
      ['user:default/a'],
      ['user:default/b'],
    ]);
  });

  it('keeps no "not found": an entity the catalog registers is found on the next call', async () => {
    const catalog = fakeCatalog([]);
    const clock = { now: 0 };
    const cache = cacheOver(catalog, clock);
    expect(await cache.getEntity('user:default/later')).toBeUndefined();
    catalog.byRef.set('user:default/later', user('later'));
    expect(await cache.getEntity('user:default/later')).toBeDefined();
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
  });

  it('shares one request among callers arriving together', async () => {
    const catalog = fakeCatalog([user('a'), user('b')]);
    let answer!: () => void;
    const answered = new Promise<void>(resolve => {
      answer = resolve;
    });
    const inner = catalog.getEntitiesByRefs.getMockImplementation()!;
    catalog.getEntitiesByRefs.mockImplementation(async request => {
      await answered;
      return inner(request);
    });
    const cache = cacheOver(catalog, { now: 0 });
    const first = cache.getEntities(['user:default/a', 'user:default/b']);
    const second = cache.getEntity('user:default/a');
    answer();
    expect((await first).get('user:default/b')?.metadata.name).toBe('b');
    expect((await second)?.metadata.name).toBe('a');
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
  });

  it('keeps no failure: the next call asks again', async () => {
    const catalog = fakeCatalog([user('a')]);
    catalog.getEntitiesByRefs.mockRejectedValueOnce(new Error('catalog down'));
    const cache = cacheOver(catalog, { now: 0 });
    await expect(cache.getEntity('user:default/a')).rejects.toThrow('down');
    expect((await cache.getEntity('user:default/a'))?.metadata.name).toBe('a');
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
  });

  it('holds at most its number of refs, the oldest going first', async () => {
    const catalog = fakeCatalog([user('a'), user('b'), user('c')]);
    const cache = cacheOver(catalog, { now: 0 }, { maxEntries: 2 });
    await cache.getEntities(['user:default/a', 'user:default/b']);
    await cache.getEntity('user:default/c');
    await cache.getEntities(['user:default/b', 'user:default/c']);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(2);
    await cache.getEntity('user:default/a');
    expect(requested(catalog)[2]).toEqual(['user:default/a']);
  });

  it('holds nothing with a TTL of 0: every call asks the catalog', async () => {
    const catalog = fakeCatalog([user('a')]);
    const cache = cacheOver(catalog, { now: 0 }, { ttlMs: 0 });
    await Promise.all([
      cache.getEntity('user:default/a'),
      cache.getEntity('user:default/a'),
    ]);
    await cache.getEntity('user:default/a');
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(3);
  });
});
