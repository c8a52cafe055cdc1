import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.dirname(bench);
const workspace = path.join(bench, '.build/workspace');

/** Where the benchmark reads and writes; .build and .data are ignored by git. */
export const paths = {
  root,
  workspace,
  backendEntry: path.join(workspace, 'packages/backend/dist/index.cjs.js'),
  migrations: path.join(root, 'plugins/service-desk-backend/migrations'),
  data: path.join(bench, '.data'),
  results: path.join(bench, 'results'),
  appConfig: path.join(root, 'app-config.yaml'),
  benchConfig: path.join(bench, 'app-config.bench.yaml'),
};
