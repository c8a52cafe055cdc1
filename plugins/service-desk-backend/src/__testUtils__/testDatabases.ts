import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The engines the store tests run on: SQLite always, PostgreSQL when a server is named in
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (.ci/run sets it). Named explicitly
 * because with CI=true TestDatabases would otherwise try to start Docker containers.
 */
export function testDatabaseIds(): TestDatabaseId[] {
  return process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
    ? ['SQLITE_3', 'POSTGRES_15']
    : ['SQLITE_3'];
}

export function createTestDatabases() {
  return TestDatabases.create({ ids: testDatabaseIds(), disableDocker: true });
}
