import fc from 'fast-check';
import { Knex } from 'knex';
import { DeskApi, DeskSender, deskApi } from './deskApi';
import { CaseTally, HostileCase, assertRefused } from './hostileRunner';
import { startDeskBackend } from './startDeskBackend';
import { createTestDatabases } from './testDatabases';

/** What a hostile-input suite gets on each engine; api and knex are set before its own hooks run. */
export interface HostileContext {
  databaseId: string;
  api: DeskApi;
  knex: Knex;
  tally: CaseTally;
  /** Every case is refused (see assertRefused), counted under `endpoint`. */
  refused(
    endpoint: string,
    sender: DeskSender,
    cases: fc.Arbitrary<HostileCase>,
  ): Promise<void>;
}

/**
 * A describe block per database engine, each with its own started backend, and one report of the
 * cases run per endpoint at the end of the file.
 */
export function describeHostile(
  title: string,
  define: (context: HostileContext) => void,
) {
  const databases = createTestDatabases();
  const tally = new CaseTally();
  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(tally.report(title));
  });
  describe.each(databases.eachSupportedId())(`${title} on %p`, databaseId => {
    const context = {
      databaseId,
      tally,
      refused: (
        endpoint: string,
        sender: DeskSender,
        cases: fc.Arbitrary<HostileCase>,
      ) =>
        assertRefused({
          endpoint: `${endpoint} (${databaseId})`,
          sender,
          cases,
          knex: context.knex,
          tally,
        }),
    } as HostileContext;
    beforeAll(async () => {
      context.knex = await databases.init(databaseId);
      context.api = deskApi(
        (await startDeskBackend({ knex: context.knex })).server,
      );
    });
    define(context);
  });
}
