// `npm run build`: the portal as a deployment runs it, in dist/ (ignored by git): the frontend built
// by `backstage-cli package build` (packages/app/dist, served by @backstage/plugin-app-backend),
// then every workspace package the backend needs compiled and packed with its publishConfig
// (main: dist/index.cjs.js), as `backstage-cli package build` of the backend packs them into its
// bundle.tar.gz. That command itself cannot run here: it copies yarn.lock and runs `yarn pack` and
// `yarn run build`, and this repository uses npm. So the same CLI functions are called without
// those steps (bench/lib/build.mjs does the same for the benchmark, without the frontend).
//
// dist/ holds packages/*, plugins/* (packed), node_modules/ (links to them), the two app-config
// files, catalog-info.yaml and examples/. Third-party dependencies resolve from the repository's
// node_modules; an image built from dist/ would run `npm ci --omit=dev` for them instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist');
const require = createRequire(import.meta.url);
const cli = p => require(`@backstage/cli-module-build/dist/lib/${p}`);
const { buildPackage } = cli('builder/packager.cjs.js');
const { Output } = cli('builder/types.cjs.js');
const { createDistWorkspace } = cli('packager/createDistWorkspace.cjs.js');
const { PackageGraph } = require('@backstage/cli-node');

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
const backendDir = path.join(root, 'packages/backend');
process.chdir(root); // the CLI resolves the workspace from the working directory
await buildPackage({
  targetDir: backendDir,
  packageJson: JSON.parse(
    fs.readFileSync(path.join(backendDir, 'package.json'), 'utf8'),
  ),
  outputs: new Set([Output.cjs]),
  workspacePackages: await PackageGraph.listTargetPackages(),
});
fs.rmSync(target, { recursive: true, force: true });
const { targets } = await createDistWorkspace(['backend'], {
  targetDir: target,
  buildDependencies: true,
  // Built above; the frontend is a bundle the CLI would build with `yarn run build`.
  buildExcludes: ['backend', 'app'],
  files: [
    'app-config.yaml',
    'app-config.production.yaml',
    'catalog-info.yaml',
    'examples',
  ],
  logger: { log: () => {}, warn: m => console.warn(`build: ${m}`) },
});
for (const { name, dir } of targets) {
  const link = path.join(target, 'node_modules', name);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.join(target, path.relative(root, dir)), link);
}
console.log(
  `build: backend and ${
    targets.length - 1
  } workspace packages (dist/) in ${seconds(backendStarted)}`,
);
console.log(
  `build: done in ${seconds(started)}; start with \`npm run start:production\``,
);
