import { DatabaseManager } from '@backstage/backend-defaults/database';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { DEMO_USERS as U, deskClient } from '../__testUtils__/deskClient';
import {
  PrivatePostgres,
  postgresBinDir,
  startPrivatePostgres,
} from '../__testUtils__/privatePostgres';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';
import { appliedActions, historyFaults } from '../__testUtils__/ticketHistory';

jest.setTimeout(180_000);

/** An answer slower than this counts as a hang. */
const ANSWER_BOUND_MS = 5_000;
const OUTAGE_MS = 4_000;
/** From the server's restart to the first request that succeeds again. */
const RECOVERY_BOUND_MS = 15_000;
const WRITERS = 4;

interface Answer {
  sentAt: number;
  answeredAt: number;
  status: number;
  message?: string;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * The plugin's knex as a production backend builds it from `backend.database`, and how to close
 * it: the manager's shutdown hook closes the admin connection that created the plugin's database,
 * but leaves the plugin's knex open (it takes `client.config` for a string), so that is destroyed
 * here too.
 */
async function productionKnex(
  connection: object,
): Promise<{ knex: Knex; close(): Promise<void> }> {
  const hooks: Array<() => void | Promise<void>> = [];
  const manager = DatabaseManager.fromConfig(
    new ConfigReader({ backend: { database: { client: 'pg', connection } } }),
    {
      rootLifecycle: mockServices.rootLifecycle.mock({
        addShutdownHook: hook => void hooks.push(hook),
      }),
      rootLogger: mockServices.rootLogger.mock(),
    },
  );
  const knex = await manager
    .forPlugin('service-desk', {
      logger: mockServices.logger.mock(),
      lifecycle: mockServices.lifecycle.mock(),
    })
    .getClient();
  return {
    knex,
    async close() {
      await knex.destroy();
      for (const hook of hooks) await hook();
    },
  };
}

/**
 * Writers that open tickets and comment on the ones they opened (so they meet no conflicts),
 * recording every answer and every acknowledged write, until stopped.
 */
function startWriteLoad(as: ReturnType<typeof deskClient>) {
  const answers: Answer[] = [];
  const ackedTickets: string[] = [];
  /** `<comment token> <ticket id>#<version>`, as appliedActions() lists the history. */
  const ackedActions: string[] = [];
  let running = true;
  const send = async (
    request: () => Promise<{ status: number; body: any }>,
  ) => {
    const sentAt = Date.now();
    const res = await request().catch(e => ({
      status: 0,
      body: { error: { message: String(e) } },
    }));
    answers.push({
      sentAt,
      answeredAt: Date.now(),
      status: res.status,
      message: res.body?.error?.message,
    });
    // A client backs off after a server error rather than spinning.
    if (res.status === 0 || res.status >= 500) await sleep(100);
    return res;
  };
  const writer = async (w: number) => {
    const mine: string[] = [];
    for (let n = 0; running; n++) {
      if (n % 2 === 0 || mine.length === 0) {
        const res = await send(() => as(U.agent).post('/tickets', newTicket()));
        if (res.status === 201) {
          mine.push(res.body.id);
          ackedTickets.push(res.body.id);
        }
        continue;
      }
      const id = mine[n % mine.length];
      const read = await send(() => as(U.agent).get(`/tickets/${id}`));
      if (read.status !== 200) continue;
      const token = `w${w}-${n}`;
      const res = await send(() =>
        as(U.agent).post(`/tickets/${id}/actions`, {
          action: 'comment',
          version: read.body.version,
          comment: token,
        }),
      );
      if (res.status === 200)
        ackedActions.push(`${token} ${id}#${res.body.version}`);
    }
  };
  const writers = Promise.all(
    Array.from({ length: WRITERS }, (_, w) => writer(w)),
  );
  return {
    answers,
    ackedTickets,
    ackedActions,
    /** When the first request sent at or after `since` succeeded, if it did within the bound. */
    async firstSuccess(since: number): Promise<number | undefined> {
      while (Date.now() - since <= RECOVERY_BOUND_MS) {
        const ok = answers.find(a => a.sentAt >= since && a.status < 300);
        if (ok) return ok.answeredAt;
        await sleep(100);
      }
      return undefined;
    },
    async stop() {
      running = false;
      await writers;
    },
  };
}

const binDir = postgresBinDir();
if (!binDir) {
  // eslint-disable-next-line no-console
  console.warn(
    'database outage test skipped: no PostgreSQL server binaries (pg_config --bindir)',
  );
}

/**
 * PostgreSQL is stopped and started under a bounded write load. The server is the test's own
 * (see startPrivatePostgres), never the machine's shared one.
 */
// Runs only where a PostgreSQL server binary can be started privately.
const itWithPrivatePostgres = binDir ? it : it.skip;

describe('the desk backend while its PostgreSQL stops and starts', () => {
  itWithPrivatePostgres(
    'fails fast, recovers by itself and keeps every acknowledged write',
    async () => {
      let pg: PrivatePostgres | undefined;
      let db: Awaited<ReturnType<typeof productionKnex>> | undefined;
      let desk: Awaited<ReturnType<typeof startDeskBackend>> | undefined;
      try {
        pg = await startPrivatePostgres(binDir!);
        db = await productionKnex(pg.connection);
        const { knex } = db;
        desk = await startDeskBackend({ knex });
        const load = startWriteLoad(deskClient(desk.server, ANSWER_BOUND_MS));

        await sleep(2_000);
        const stopping = Date.now();
        await pg.stop();
        const stopped = Date.now();
        await sleep(OUTAGE_MS);
        const starting = Date.now();
        await pg.start();
        const started = Date.now();
        const recoveredAt = await load.firstSuccess(started);
        await sleep(2_000);
        await load.stop();

        const { answers, ackedTickets, ackedActions } = load;
        const outage = answers.filter(
          a => a.sentAt >= stopped && a.answeredAt <= starting,
        );
        const outageTimes = outage
          .map(a => a.answeredAt - a.sentAt)
          .sort((x, y) => x - y);
        const afterRecovery = answers.filter(
          a => recoveredAt && a.sentAt > recoveredAt,
        );
        // eslint-disable-next-line no-console
        console.log(
          `database outage: ${answers.length} answers; server stopped in ${
            stopped - stopping
          } ms, ` +
            `restarted in ${started - starting} ms; ${
              outage.length
            } answers during the outage, ` +
            `median ${outageTimes[outageTimes.length >> 1]} ms, slowest ${
              outageTimes[outageTimes.length - 1]
            } ms, ` +
            `statuses ${[...new Set(outage.map(a => a.status))].join('/')}; ` +
            `first success ${
              recoveredAt === undefined
                ? 'never'
                : `${recoveredAt - started} ms`
            } after the restart; ` +
            `${ackedTickets.length} acknowledged tickets and ${ackedActions.length} acknowledged actions checked`,
        );

        expect(
          answers.filter(a => a.answeredAt - a.sentAt > ANSWER_BOUND_MS),
        ).toEqual([]);
        expect(outage.length).toBeGreaterThan(WRITERS);
        // Refused cleanly, saying why, and with the status that tells a client to try again later.
        expect(
          outage.filter(
            a => a.status !== 503 || !/database/i.test(a.message ?? ''),
          ),
        ).toEqual([]);
        // Whatever a request met while the server went down or came up: a success or a 503.
        expect(
          answers.filter(a => ![200, 201, 503].includes(a.status)),
        ).toEqual([]);
        expect(recoveredAt).toBeDefined();
        expect(afterRecovery.length).toBeGreaterThan(WRITERS);
        expect(afterRecovery.filter(a => a.status >= 300)).toEqual([]);

        const stored = new Set(
          (await knex('service_desk_tickets').select('id')).map(r =>
            String(r.id),
          ),
        );
        expect(ackedTickets.filter(id => !stored.has(id))).toEqual([]);
        const applied = new Set(await appliedActions(knex));
        expect(ackedActions.filter(a => !applied.has(a))).toEqual([]);
        expect(await historyFaults(knex)).toEqual([]);
      } finally {
        await desk?.backend.stop();
        await db?.close();
        await pg?.remove();
      }
    },
  );
});
