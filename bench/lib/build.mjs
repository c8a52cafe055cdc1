// The backend as production ships it: every workspace package compiled to dist/ and packed with
// its publishConfig (main: dist/index.cjs.js), as `backstage-cli package build` does for a Docker
// image. That command cannot run here as it is: it copies yarn.lock and packs the frontend with
// yarn, and this repository uses npm. So the same CLI functions are called with the frontend left
// out (the benchmark measures the API; app-backend only logs that it has no static files).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { paths } from './paths.mjs';

const require = createRequire(import.meta.url);
const cli = p => require(`@backstage/cli-module-build/dist/lib/${p}`);
const { buildPackage } = cli('builder/packager.cjs.js');
const { Output } = cli('builder/types.cjs.js');
const { createDistWorkspace } = cli('packager/createDistWorkspace.cjs.js');
const { PackageGraph } = require('@backstage/cli-node');

/** Builds into bench/.build/workspace and returns the backend's entry point. */
export async function buildBackend() {
  const started = Date.now();
  const backendDir = path.join(paths.root, 'packages/backend');
  process.chdir(paths.root); // the CLI resolves the workspace from the working directory
  await buildPackage({
    targetDir: backendDir,
    packageJson: JSON.parse(
      fs.readFileSync(path.join(backendDir, 'package.json'), 'utf8'),
    ),
    outputs: new Set([Output.cjs]),
    workspacePackages: await PackageGraph.listTargetPackages(),
  });
  fs.rmSync(paths.workspace, { recursive: true, force: true });
  const { targets } = await createDistWorkspace(['backend'], {
    targetDir: paths.workspace,
    buildDependencies: true,
    buildExcludes: ['backend', 'app'],
    files: [],
    logger: { log: () => {}, warn: m => console.warn(`build: ${m}`) },
  });
  linkWorkspacePackages(targets);
  console.log(
    `build: production backend in ${((Date.now() - started) / 1000).toFixed(
      0,
    )} s`,
  );
  return paths.backendEntry;
}

/**
 * The packed workspace packages resolve each other through node_modules/ at the workspace root;
 * everything else falls through to the repository's node_modules, two folders up.
 */
function linkWorkspacePackages(targets) {
  for (const target of targets) {
    const link = path.join(paths.workspace, 'node_modules', target.name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(
      path.join(paths.workspace, path.relative(paths.root, target.dir)),
      link,
    );
  }
}
