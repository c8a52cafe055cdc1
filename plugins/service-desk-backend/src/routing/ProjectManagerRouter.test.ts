import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  Entity,
  RELATION_HAS_MEMBER,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogCache } from '../catalog/CatalogCache';
import { DEFAULT_PM_ANNOTATION, readServiceDeskConfig } from '../config';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { ProjectManagerRouter } from './ProjectManagerRouter';

const entity = (
  kind: string,
  name: string,
  spec: object,
  pm?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    ...(pm ? { annotations: { [DEFAULT_PM_ANNOTATION]: pm } } : {}),
  },
  spec,
});

function routerOver(entities: Entity[], clock = { now: 0 }) {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const getEntitiesByRefs = jest.fn(
    async ({ entityRefs }: { entityRefs: string[] }) => ({
      items: entityRefs.map(ref => byRef.get(ref)),
    }),
  );
  const config = readServiceDeskConfig(
    new ConfigReader({ serviceDesk: serviceDeskTestConfig() }),
  );
  const router = new ProjectManagerRouter(
    new CatalogCache({
      catalog: catalogServiceMock.mock({ getEntitiesByRefs }),
      auth: mockServices.auth(),
      ttlMs: 30_000,
      now: () => clock.now,
    }),
    config,
  );
  const requests = () =>
    getEntitiesByRefs.mock.calls.map(([r]) => r.entityRefs);
  return { router, byRef, requests };
}

const team = {
  ...entity('Group', 'team', { type: 'team', children: [] }),
  relations: [
    { type: RELATION_HAS_MEMBER, targetRef: 'user:default/eng' },
    { type: RELATION_HAS_MEMBER, targetRef: 'user:default/pm' },
  ],
};
const domain = entity('Domain', 'grid', {}, 'user:default/domain-pm');
const system = entity('System', 'scada', { domain: 'grid', owner: 'team' });
const component = entity('Component', 'ems', {
  system: 'scada',
  owner: 'team',
});

describe('ProjectManagerRouter', () => {
  it('reads the entity, then its system and owner together, then its domain', async () => {
    const { router, requests } = routerOver([component, system, domain, team]);
    expect(await router.route('component:default/ems')).toMatchObject({
      projectManagerRef: 'user:default/domain-pm',
      source: 'domain_annotation',
      decidedBy: 'domain:default/grid',
      engineers: ['user:default/eng', 'user:default/pm'],
    });
    expect(requests()).toEqual([
      ['component:default/ems'],
      ['system:default/scada', 'group:default/team'],
      ['domain:default/grid'],
    ]);
  });

  it('reads the domain a system names with its owner', async () => {
    const { router, requests } = routerOver([system, domain, team]);
    expect(await router.route('system:default/scada')).toMatchObject({
      source: 'domain_annotation',
    });
    expect(requests()).toEqual([
      ['system:default/scada'],
      ['domain:default/grid', 'group:default/team'],
    ]);
  });

  it('takes a changed PM annotation after the cache time, and not before', async () => {
    const clock = { now: 0 };
    const moved = entity(
      'Component',
      'ems',
      { system: 'scada', owner: 'team' },
      'user:default/old-pm',
    );
    const { router, byRef } = routerOver([moved, system, domain, team], clock);
    expect(
      (await router.route('component:default/ems')).projectManagerRef,
    ).toBe('user:default/old-pm');
    byRef.set('component:default/ems', {
      ...moved,
      metadata: {
        ...moved.metadata,
        annotations: { [DEFAULT_PM_ANNOTATION]: 'user:default/new-pm' },
      },
    });
    clock.now = 29_999;
    expect(
      (await router.route('component:default/ems')).projectManagerRef,
    ).toBe('user:default/old-pm');
    clock.now = 30_000;
    expect(
      (await router.route('component:default/ems')).projectManagerRef,
    ).toBe('user:default/new-pm');
  });
});
