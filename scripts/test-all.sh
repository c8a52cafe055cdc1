#!/usr/bin/env bash
# Runs every test of the repository: pure logic, stores and migrations (on SQLite, and on
# PostgreSQL too when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING names a server), the
# plugin APIs on a real Backstage backend, the whole portal backend started as `npm start` does,
# and the desk in a real browser against the started portal (e2e/, skipped with SKIP_E2E=1 or
# when jest is given a path filter).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

status=0
backstage-cli repo test --watchAll=false "$@" || status=1

if [ -z "${SKIP_E2E:-}" ] && [ $# -eq 0 ]; then
  bash e2e/run.sh || status=1
fi
exit $status
