// The product's own code, from the production build, so that generated rows, routing decisions
// and the SQL floors are exactly what the backend writes and issues, not a re-telling of them.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { paths } from './paths.mjs';

const require = createRequire(import.meta.url);
// The packages as packed into the workspace, through their public entry points only.
const fromWorkspace = createRequire(path.join(paths.workspace, 'package.json'));

export const common = () =>
  fromWorkspace('@internal/plugin-service-desk-common');
export const backend = () =>
  fromWorkspace('@internal/plugin-service-desk-backend');
export const demoData = () =>
  fromWorkspace('@internal/plugin-service-desk-backend-module-demo-data');

/** The `serviceDesk` section of the repository's app-config.yaml, read as the backend reads it. */
export function deskConfig() {
  const { ConfigReader } = require('@backstage/config');
  const { readServiceDeskConfig } = backend();
  const doc = YAML.parse(fs.readFileSync(paths.appConfig, 'utf8'));
  return readServiceDeskConfig(new ConfigReader(doc));
}

/**
 * The routing of every component of the demo catalog (examples/*.yaml), decided by the product's
 * router over an in-memory catalog, so the generated tickets name the PMs and engineers that the
 * running backend would choose (bench/run checks this against GET /routing).
 */
export async function demoRouting(config) {
  const { CatalogCache, ProjectManagerRouter } = backend();
  const entities = readExamples();
  const catalog = {
    getEntitiesByRefs: async ({ entityRefs }) => ({
      items: entityRefs.map(ref => entities.get(ref.toLowerCase())),
    }),
  };
  const router = new ProjectManagerRouter(
    new CatalogCache({
      catalog,
      auth: { getOwnServiceCredentials: async () => ({}) },
      ttlMs: 0,
    }),
    config,
  );
  const components = [...entities.keys()].filter(ref =>
    ref.startsWith('component:'),
  );
  return Promise.all(components.map(ref => router.route(ref)));
}

/** The demo users holding each desk role, by the groups app-config names for it. */
export function deskPeople(config) {
  const entities = readExamples();
  const membersOf = groups =>
    groups.flatMap(g =>
      entities
        .get(g)
        .relations.filter(r => r.type === 'hasMember')
        .map(r => r.targetRef),
    );
  return Object.fromEntries(
    Object.entries(config.roles).map(([role, groups]) => [
      role,
      membersOf(groups),
    ]),
  );
}

let examples;

/** The examples' entities by ref, with the membership relations the catalog would compute. */
function readExamples() {
  examples ??= parseExamples();
  return examples;
}

function parseExamples() {
  const { normalizeEntityRef } = common();
  const dir = path.join(paths.root, 'examples');
  const docs = fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml'))
    .flatMap(f =>
      YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map(
        d => d.toJS(),
      ),
    )
    .filter(e => e?.kind);
  const refOf = (kind, name) => normalizeEntityRef(`${kind}:default/${name}`);
  const byRef = new Map(
    docs.map(e => [refOf(e.kind, e.metadata.name), { ...e, relations: [] }]),
  );
  for (const user of docs.filter(e => e.kind === 'User')) {
    const userRef = refOf('user', user.metadata.name);
    for (const group of user.spec.memberOf ?? []) {
      const groupRef = refOf('group', group);
      byRef
        .get(userRef)
        .relations.push({ type: 'memberOf', targetRef: groupRef });
      byRef
        .get(groupRef)
        ?.relations.push({ type: 'hasMember', targetRef: userRef });
    }
  }
  return byRef;
}
