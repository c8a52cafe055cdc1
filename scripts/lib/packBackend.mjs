// The backend as production ships it: every workspace package it needs compiled to dist/ and
// packed with its publishConfig (main: dist/index.cjs.js), as `backstage-cli package build` packs
// them into the backend's bundle.tar.gz. That command cannot run here as it is: it copies
// yarn.lock and runs `yarn pack` and `yarn run build`, and this repository uses npm. So the same
// CLI functions are called without those steps. Used by `npm run build` and by the benchmark.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = p => require(`@backstage/cli-module-build/dist/lib/${p}`);
const { buildPackage } = cli('builder/packager.cjs.js');
const { Output } = cli('builder/types.cjs.js');
const { createDistWorkspace } = cli('packager/createDistWorkspace.cjs.js');
const { PackageGraph } = require('@backstage/cli-node');

/**
 * Builds packages/backend and packs it with its workspace dependencies into `target` (emptied
 * first), copying `files` of the repository beside them; returns the packed packages.
 */
export async function packBackend({ root, target, files = [] }) {
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
    files,
    logger: { log: () => {}, warn: m => console.warn(`build: ${m}`) },
  });
  // The packed packages resolve each other through node_modules/ at the target's root;
  // everything else falls through to the repository's node_modules.
  for (const { name, dir } of targets) {
    const link = path.join(target, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(target, path.relative(root, dir)), link);
  }
  return targets;
}
