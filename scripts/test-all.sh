#!/usr/bin/env bash
# Runs every test of the repository: pure logic, stores and migrations (on SQLite, and on
# PostgreSQL too when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING names a server), the
# plugin APIs on a real Backstage backend, and the whole portal backend started as `npm start` does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

backstage-cli repo test --watchAll=false "$@"
