#!/usr/bin/env bash
# `npm run start:production`: the build of `npm run build` (dist/) started as a deployment starts
# it, with the settings of app-config.production.yaml from the environment (README.md → Deploying).
# Extra arguments are passed on, e.g. `--config /etc/service-desk/app-config.site.yaml`.
set -euo pipefail
dist="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist"
if [ ! -f "$dist/packages/backend/dist/index.cjs.js" ]; then
  echo "start-production: no build in $dist; run \`npm run build\` first" >&2
  exit 1
fi
# From packages/backend, as in development: app-config.yaml's catalog paths are relative to it.
cd "$dist/packages/backend"
export NODE_ENV=production
exec node . --config ../../app-config.yaml --config ../../app-config.production.yaml "$@"
