import knexFactory, { Knex } from 'knex';
import { DEMO_USERS as U, deskClient } from '../__testUtils__/deskClient';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { newTicket } from '../__testUtils__/ticketInput';
import { appliedActions, historyFaults } from '../__testUtils__/ticketHistory';

jest.setTimeout(180_000);

const TICKETS = 6;
const CLIENTS = 16;
const ACTIONS_PER_CLIENT = 12;
/** Tries per intended action: each conflict is followed by a fresh read and a new choice. */
const ATTEMPTS = 8;

interface Step {
  user: string;
  body: Record<string, unknown>;
}

/**
 * Actions valid in the ticket's state, each by someone allowed to take it. Where there is a way
 * back (reject, return, an unsatisfied callback) it is offered beside the way on, and a ticket
 * is never closed, so every ticket stays open to be fought over until the end.
 */
function stepsFor(t: { state: string; callbackAt?: string }): Step[] {
  const reopen = {
    user: U.lead,
    body: { action: 'callback', rating: 'unsatisfied', userConfirmed: false },
  };
  switch (t.state) {
    case 'new':
      return [
        { user: U.agent, body: { action: 'dispatch' } },
        { user: U.otherAgent, body: { action: 'comment' } },
      ];
    case 'with_pm':
      return [
        { user: U.pm, body: { action: 'assign', assigneeRef: U.engineer } },
        { user: U.pm, body: { action: 'reject_dispatch', reason: 'unclear' } },
      ];
    case 'with_engineer':
      return [
        {
          user: U.engineer,
          body: { action: 'resolve', resolution: 'restarted the service' },
        },
        { user: U.engineer, body: { action: 'return' } },
      ];
    case 'resolved':
      return [{ user: U.pm, body: { action: 'confirm_completion' } }];
    case 'pm_confirmed':
      return [{ user: U.agent, body: { action: 'confirm' } }];
    case 'awaiting_callback':
      return t.callbackAt
        ? [reopen, { user: U.lead, body: { action: 'comment' } }]
        : [
            {
              user: U.lead,
              body: {
                action: 'callback',
                rating: 'satisfied',
                userConfirmed: true,
              },
            },
            reopen,
          ];
    default:
      throw new Error(`the workload never leads a ticket to ${t.state}`);
  }
}

interface Outcome {
  token: string;
  ticketId: string;
  status: number;
  version?: number;
  message?: string;
}

/**
 * CLIENTS clients at once, each taking ACTIONS_PER_CLIENT actions spread over the tickets. An
 * action is read, chosen and sent with the version read; on a conflict it is read and chosen
 * again, up to ATTEMPTS times. Reads and writes alternate between the two replicas.
 */
async function fight(
  replicas: Array<ReturnType<typeof deskClient>>,
  ids: string[],
) {
  const [a, b] = replicas;
  const outcomes: Outcome[] = [];
  let abandoned = 0;
  const act = async (c: number, i: number) => {
    const ticketId = ids[(c + i) % ids.length];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [reader, writer] = (c + i + attempt) % 2 ? [b, a] : [a, b];
      const read = await reader(U.lead).get(`/tickets/${ticketId}`);
      expect(read.status).toBe(200);
      const options = stepsFor(read.body);
      const step = options[(c + i + attempt) % options.length];
      const token = `tok-${c}-${i}-${attempt}`;
      const res = await writer(step.user).post(`/tickets/${ticketId}/actions`, {
        ...step.body,
        version: read.body.version,
        comment: token,
      });
      outcomes.push({
        token,
        ticketId,
        status: res.status,
        version: res.body.version,
        message: res.body.error?.message,
      });
      if (res.status !== 409) return;
    }
    abandoned++;
  };
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < ACTIONS_PER_CLIENT; i++) await act(c, i);
    }),
  );
  return { outcomes, abandoned };
}

const databases = createTestDatabases();

/**
 * Two desk backends on one database; many clients act on the same few tickets through both at
 * once, each with the version it read, and on a conflict read again and choose again. Every
 * action is applied exactly once or refused with 409, and each ticket's history stays one chain.
 */
describe.each(databases.eachSupportedId())(
  'two replicas acting on the same tickets on %p',
  databaseId => {
    it('applies each action once or refuses it with a conflict', async () => {
      const knex = await databases.init(databaseId);
      // Each replica gets a connection pool of its own, as two processes would. SQLite's in-memory
      // database lives in its one connection, so there the replicas share it and the race is
      // between one replica's read and the other's write.
      const secondKnex: Knex =
        databaseId === 'SQLITE_3'
          ? knex
          : knexFactory({ ...knex.client.config });
      // One after the other, as a rollout starts them: knex cannot create its migration lock table
      // from two processes at the very same moment.
      const replicas: Array<Awaited<ReturnType<typeof startDeskBackend>>> = [];
      try {
        replicas.push(await startDeskBackend({ knex }));
        replicas.push(await startDeskBackend({ knex: secondKnex }));
        const clients = replicas.map(r => deskClient(r.server));
        const ids: string[] = [];
        for (let i = 0; i < TICKETS; i++) {
          const opened = await clients[0](U.agent).post(
            '/tickets',
            newTicket(),
          );
          expect(opened.status).toBe(201);
          ids.push(opened.body.id);
        }
        const { outcomes, abandoned } = await fight(clients, ids);

        const applied = outcomes.filter(o => o.status === 200);
        const conflicts = outcomes.filter(o => o.status === 409);
        const caughtByStore = conflicts.filter(o =>
          /changed by someone else/.test(o.message ?? ''),
        );
        // eslint-disable-next-line no-console
        console.log(
          `replicas on ${databaseId}: ${outcomes.length} actions tried, ${applied.length} applied, ` +
            `${conflicts.length} conflicts (${caughtByStore.length} caught by the store's version guard), ` +
            `${abandoned} given up after ${ATTEMPTS} tries`,
        );

        expect(
          outcomes.filter(o => o.status !== 200 && o.status !== 409),
        ).toEqual([]);
        expect(await historyFaults(knex)).toEqual([]);
        // Every acknowledged action is in the history once, at the version it answered with; no
        // refused action left a trace; nothing was applied that was not acknowledged.
        expect(await appliedActions(knex)).toEqual(
          applied.map(o => `${o.token} ${o.ticketId}#${o.version}`).sort(),
        );
        // The run must actually have raced, or it proves nothing.
        expect(conflicts.length).toBeGreaterThan(0);
      } finally {
        await Promise.all(replicas.map(r => r.backend.stop()));
        if (secondKnex !== knex) await secondKnex.destroy();
      }
    });
  },
);
