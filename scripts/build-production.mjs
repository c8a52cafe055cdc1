// `npm run build`: the portal as a deployment runs it, in dist/ (ignored by git): the frontend built
// by `backstage-cli package build` (packages/app/dist, served by @backstage/plugin-app-backend),
// then every workspace package the backend needs compiled and packed with its publishConfig
// (main: dist/index.cjs.js), as `backstage-cli package build` of the backend packs them into its
// bundle.tar.gz. That command itself cannot run here: it copies yarn.lock and runs `yarn pack` and
// `yarn run build`, and this repository uses npm: scripts/lib/packBackend.mjs calls the same CLI
// functions without those steps (the benchmark packs the backend with it too).
//
// dist/ holds packages/*, plugins/* (packed), node_modules/ (links to them), the two app-config
// files, catalog-info.yaml and examples/. Third-party dependencies resolve from the repository's
// node_modules; an image built from dist/ would run `npm ci --omit=dev` for them instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packBackend } from './lib/packBackend.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const started = Date.now();
const seconds = since => `${((Date.now() - since) / 1000).toFixed(0)} s`;

const frontendStarted = Date.now();
const frontend = spawnSync('backstage-cli', ['package', 'build'], {
  cwd: path.join(root, 'packages/app'),
  stdio: 'inherit',
});
if (frontend.status !== 0) process.exit(frontend.status ?? 1);
console.log(
  `build: frontend (packages/app/dist) in ${seconds(frontendStarted)}`,
);

const backendStarted = Date.now();
const targets = await packBackend({
  root,
  target: path.join(root, 'dist'),
  files: [
    'app-config.yaml',
    'app-config.production.yaml',
    'catalog-info.yaml',
    'examples',
  ],
});
console.log(
  `build: backend and ${
    targets.length - 1
  } workspace packages (dist/) in ${seconds(backendStarted)}`,
);
console.log(
  `build: done in ${seconds(started)}; start with \`npm run start:production\``,
);
