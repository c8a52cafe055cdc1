// The backend as production ships it (scripts/lib/packBackend.mjs), with the frontend left out:
// the benchmark measures the API; app-backend only logs that it has no static files.
import { packBackend } from '../../scripts/lib/packBackend.mjs';
import { paths } from './paths.mjs';

/** Builds into bench/.build/workspace and returns the backend's entry point. */
export async function buildBackend() {
  const started = Date.now();
  await packBackend({ root: paths.root, target: paths.workspace });
  console.log(
    `build: production backend in ${((Date.now() - started) / 1000).toFixed(
      0,
    )} s`,
  );
  return paths.backendEntry;
}
