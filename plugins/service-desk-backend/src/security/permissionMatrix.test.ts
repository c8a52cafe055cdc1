import { mockCredentials } from '@backstage/backend-test-utils';
import { CALL_CSV_COLUMNS } from '@internal/plugin-service-desk-common';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import yaml from 'yaml';
import { DeskApi, DeskSender, deskApi } from '../__testUtils__/deskApi';
import { dayAhead, planOf } from '../__testUtils__/rosterDays';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { newTicket } from '../__testUtils__/ticketInput';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(180_000);

/** The people of examples/org.yaml who stand for each role (SPEC §1) around one ticket on ems-scada. */
const PEOPLE = {
  agent: 'user:default/li.na',
  duty: 'user:default/chen.jie',
  lead: 'user:default/wang.fang',
  /** PM of ems-scada (named on its system), to whom the ticket is routed. */
  pm: 'user:default/zhang.wei',
  /** PM of office-network: another entity. */
  pm2: 'user:default/xu.jing',
  /** The engineer the ticket is assigned to. */
  eng: 'user:default/ma.chao',
  /** An engineer of the same owner team who was not assigned. */
  eng2: 'user:default/he.jun',
  /** The customer's dispatcher who reported it (the ticket's reporter.userRef). */
  rep: 'user:default/zhou.xin',
  mgr: 'user:default/huang.wei',
};
const COLUMNS = [...Object.keys(PEOPLE), 'anon', 'svc', 'tel', 'mon'] as const;
type Column = (typeof COLUMNS)[number];
const AUTH = {
  ...Object.fromEntries(
    Object.entries(PEOPLE).map(([k, ref]) => [
      k,
      mockCredentials.user.header(ref),
    ]),
  ),
  // Without any header the test backend would act as a default mock user; this is "no credentials".
  anon: mockCredentials.none.header(),
  svc: mockCredentials.service.header(),
  // The telephone system: the one service principal named in serviceDesk.calls.writers.
  tel: externalCaller('external:telephone-system'),
  // The monitoring system: the one service principal named in serviceDesk.alerts.senders.
  mon: externalCaller('external:monitoring'),
} as Record<Column, string>;

/*
 * Every operation of openapi.yaml × every role → the status of a well-formed request.
 * 2xx: allowed. 401: no token. 403: the role may not (or a service token on a user-only route).
 * Calls (SPEC §9): only the telephone system sends them; of the people, only managers upload them.
 * Alerts: only the monitoring system sends them; the desk and managers see the refused ones.
 * 404: a ticket the caller may not see, answered as if it did not exist.
 */
// prettier-ignore
const MATRIX = {
  //                                   agent duty lead  pm  pm2  eng eng2  rep  mgr anon  svc  tel  mon
  'GET /me':                           [200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 403, 403, 403],
  'GET /routing':                      [200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 403, 403, 403],
  'GET /tickets':                      [200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 403, 403, 403],
  'POST /tickets':                     [201, 201, 201, 201, 201, 201, 201, 201, 201, 401, 403, 403, 403],
  'GET /tickets/{id}':                 [200, 200, 200, 200, 404, 200, 404, 200, 200, 401, 403, 403, 403],
  'POST /tickets/{id}/actions':        [200, 200, 200, 200, 404, 200, 404, 200, 200, 401, 403, 403, 403],
  'POST /import':                      [403, 403, 201, 403, 403, 403, 403, 403, 201, 401, 201, 201, 201],
  'GET /assessment-entries':           [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /assessment-entries':          [403, 403, 403, 403, 403, 403, 403, 403, 201, 401, 403, 403, 403],
  'GET /scorecard':                    [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /statistics':                   [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /scorecard/annual.xlsx':        [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /calls':                       [403, 403, 403, 403, 403, 403, 403, 403, 403, 401, 403, 201, 403],
  'POST /calls/upload':                [403, 403, 403, 403, 403, 403, 403, 403, 201, 401, 403, 201, 403],
  'POST /calls/{callId}/ticket':       [200, 200, 200, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403],
  'GET /calls/today':                  [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /roster/now':                   [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /roster':                       [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /roster/plan':                 [403, 403, 200, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403],
  'POST /roster/changes':              [403, 403, 201, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403],
  'GET /roster/changes/pending':       [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /roster/changes/{id}/decision':[403, 403, 403, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /scorecard/seal-requests':     [403, 403, 201, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403],
  'POST /scorecard/seal-requests/{id}/decision':
                                       [403, 403, 403, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /scorecard/seals/{id}/unseal': [403, 403, 403, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /scorecard/appeals':            [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /scorecard/appeals':           [403, 403, 201, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403],
  'POST /scorecard/appeals/{id}/decision':
                                       [403, 403, 403, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'POST /alerts':                      [403, 403, 403, 403, 403, 403, 403, 403, 403, 401, 403, 403, 201],
  'GET /alerts/dead-letters':          [200, 200, 200, 403, 403, 403, 403, 403, 200, 401, 403, 403, 403],
  'GET /tickets/{id}/alerts':          [200, 200, 200, 200, 404, 200, 404, 200, 200, 401, 403, 403, 403],
};
type Route = keyof typeof MATRIX;

/*
 * The tickets each role lists (GET /tickets), out of the ems-scada ticket T and the
 * office-network ticket U, also when asking for the other's tickets through a filter.
 */
// prettier-ignore
const LISTED: Array<[Column, string, string[]]> = [
  ['agent', '',                                            ['T', 'U']],
  ['duty',  '',                                            ['T', 'U']],
  ['lead',  '',                                            ['T', 'U']],
  ['mgr',   '',                                            ['T', 'U']],
  ['pm',    '',                                            ['T']],
  ['pm2',   '',                                            ['U']],
  ['pm2',   '&entityRef=component:default/ems-scada',      []],
  ['eng',   '',                                            ['T']],
  ['eng2',  '',                                            []],
  ['eng2',  '&involving=user:default/ma.chao',             []],
  ['rep',   '',                                            ['T']],
  ['rep',   '&involving=user:default/li.na',               ['T']],
];

interface Fixture {
  /** T: on ems-scada, reported by zhou.xin, dispatched to zhang.wei, assigned to ma.chao. */
  ticket: { id: string };
  /** Roster dates: one to plan, one planned to ask a change on, one with a pending change. */
  planDay: string;
  changeDay: string;
  pendingId: string;
  /** A sealing request waiting for the manager, a seal in force, and an appeal to decide. */
  sealRequestId: string;
  sealId: string;
  appealId: string;
  /** A deduction of November with no appeal yet. */
  deductionKey: string;
  unique: () => string;
}

const CSV_HEADER = CALL_CSV_COLUMNS.join(',');
const HOLDERS = { desk: PEOPLE.agent, duty: PEOPLE.duty };
const IMPORTED = {
  acceptedAt: '2026-10-21T01:00:00Z',
  acceptedBy: PEOPLE.agent,
};

/** How each operation is called: a well-formed request, with fresh data where it writes. */
const PROBES: Record<
  Route,
  (send: DeskSender, f: Fixture, api: DeskApi) => Promise<request.Response>
> = {
  'GET /me': send => send.get('/me'),
  'GET /routing': send =>
    send.get('/routing?entityRef=component:default/ems-scada'),
  'GET /tickets': send => send.get('/tickets'),
  'POST /tickets': send =>
    send.post(
      '/tickets',
      newTicket({ channel: 'portal', reporter: { name: 'Self service' } }),
    ),
  'GET /tickets/{id}': (send, f) => send.get(`/tickets/${f.ticket.id}`),
  'POST /tickets/{id}/actions': async (send, f, api) => {
    const { version } = (await api(AUTH.lead).get(`/tickets/${f.ticket.id}`))
      .body;
    return send.post(`/tickets/${f.ticket.id}/actions`, {
      action: 'comment',
      comment: 'seen',
      version,
    });
  },
  'POST /import': (send, f) =>
    send.post('/import', {
      tickets: [{ ...newTicket(), ...IMPORTED, externalId: f.unique() }],
    }),
  'GET /assessment-entries': send => send.get('/assessment-entries'),
  'POST /assessment-entries': send =>
    send.post('/assessment-entries', {
      kind: 'permit_failure',
      occurredAt: '2026-11-03T02:00:00Z',
      description: 'late report',
    }),
  'GET /scorecard': send => send.get('/scorecard?kind=month&period=2026-11'),
  'GET /statistics': send => send.get('/statistics?year=2026'),
  'GET /scorecard/annual.xlsx': send =>
    send.get('/scorecard/annual.xlsx?year=2026'),
  'POST /calls': (send, f) =>
    send.post('/calls', {
      calls: [{ callId: f.unique(), ringAt: '2026-11-02T01:00:00Z' }],
    }),
  'POST /calls/upload': (send, f) =>
    send.raw(
      '/calls/upload',
      `${CSV_HEADER}\n${f.unique()},2026-11-02T01:00:00Z,,,,,\n`,
      'text/csv',
    ),
  'POST /calls/{callId}/ticket': async (send, f, api) => {
    const callId = f.unique();
    await api(AUTH.tel)
      .post('/calls', { calls: [{ callId, ringAt: '2026-11-02T01:00:00Z' }] })
      .expect(201);
    return send.post(`/calls/${callId}/ticket`, { ticketId: f.ticket.id });
  },
  'GET /calls/today': send => send.get('/calls/today'),
  'POST /alerts': (send, f) =>
    send.post('/alerts', {
      fingerprint: f.unique(),
      service: 'component:default/ems-scada',
      severity: 'minor',
      summary: 'matrix alert',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  'GET /alerts/dead-letters': send => send.get('/alerts/dead-letters'),
  'GET /tickets/{id}/alerts': (send, f) =>
    send.get(`/tickets/${f.ticket.id}/alerts`),
  'GET /roster/now': send => send.get('/roster/now'),
  'GET /roster': (send, f) =>
    send.get(`/roster?from=${f.planDay}&to=${f.changeDay}`),
  'POST /roster/plan': async (send, f, api) =>
    send.post(
      '/roster/plan',
      await planOf(api(AUTH.lead), f.planDay, f.planDay, HOLDERS),
    ),
  'POST /roster/changes': (send, f) =>
    send.post('/roster/changes', {
      date: f.changeDay,
      kind: 'duty',
      type: 'cover',
      replacement: 'user:default/sun.li',
      reason: 'ill',
    }),
  'GET /roster/changes/pending': send => send.get('/roster/changes/pending'),
  'POST /roster/changes/{id}/decision': (send, f) =>
    send.post(`/roster/changes/${f.pendingId}/decision`, { approve: true }),
  'POST /scorecard/seal-requests': send =>
    send.post('/scorecard/seal-requests', { kind: 'cycle', period: '2026-06' }),
  'POST /scorecard/seal-requests/{id}/decision': (send, f) =>
    send.post(`/scorecard/seal-requests/${f.sealRequestId}/decision`, {
      approve: true,
    }),
  'POST /scorecard/seals/{id}/unseal': (send, f) =>
    send.post(`/scorecard/seals/${f.sealId}/unseal`, { reason: 'reopened' }),
  'GET /scorecard/appeals': send => send.get('/scorecard/appeals?year=2026'),
  'POST /scorecard/appeals': (send, f) =>
    send.post('/scorecard/appeals', {
      kind: 'month',
      period: '2026-11',
      deductionKey: f.deductionKey,
      reason: 'recorded twice',
    }),
  'POST /scorecard/appeals/{id}/decision': (send, f) =>
    send.post(`/scorecard/appeals/${f.appealId}/decision`, {
      accept: false,
      reason: 'it was not',
    }),
};

/** A body no write route accepts: an unknown field, and every known one of the wrong type. */
const INVALID_JSON = {
  notAField: true,
  title: 42,
  calls: 'none',
  tickets: {},
  action: 7,
  version: 'v1',
  from: 1,
  date: [],
  approve: 'yes',
  kind: 0,
};
const WRITES = (Object.keys(PROBES) as Route[]).filter(route =>
  route.startsWith('POST '),
);

/** Each write route with an invalid body, at the same path its probe uses. */
const INVALID: Record<
  string,
  (send: DeskSender, f: Fixture) => Promise<request.Response>
> = {
  'POST /tickets': send => send.post('/tickets', INVALID_JSON),
  'POST /tickets/{id}/actions': (send, f) =>
    send.post(`/tickets/${f.ticket.id}/actions`, INVALID_JSON),
  'POST /import': send => send.post('/import', INVALID_JSON),
  'POST /assessment-entries': send =>
    send.post('/assessment-entries', INVALID_JSON),
  'POST /calls': send => send.post('/calls', INVALID_JSON),
  'POST /alerts': send => send.post('/alerts', INVALID_JSON),
  'POST /calls/upload': send =>
    send.raw('/calls/upload', 'no,header\n"unclosed', 'text/csv'),
  'POST /calls/{callId}/ticket': send =>
    send.post('/calls/matrix-no-call/ticket', INVALID_JSON),
  'POST /roster/plan': send => send.post('/roster/plan', INVALID_JSON),
  'POST /roster/changes': send => send.post('/roster/changes', INVALID_JSON),
  'POST /roster/changes/{id}/decision': (send, f) =>
    send.post(`/roster/changes/${f.pendingId}/decision`, INVALID_JSON),
  'POST /scorecard/seal-requests': send =>
    send.post('/scorecard/seal-requests', INVALID_JSON),
  'POST /scorecard/seal-requests/{id}/decision': (send, f) =>
    send.post(
      `/scorecard/seal-requests/${f.sealRequestId}/decision`,
      INVALID_JSON,
    ),
  'POST /scorecard/seals/{id}/unseal': (send, f) =>
    send.post(`/scorecard/seals/${f.sealId}/unseal`, INVALID_JSON),
  'POST /scorecard/appeals': send =>
    send.post('/scorecard/appeals', INVALID_JSON),
  'POST /scorecard/appeals/{id}/decision': (send, f) =>
    send.post(`/scorecard/appeals/${f.appealId}/decision`, INVALID_JSON),
};

function documentedOperations(): string[] {
  const doc = yaml.parse(
    fs.readFileSync(path.join(__dirname, '../schema/openapi.yaml'), 'utf8'),
  );
  return Object.entries(doc.paths as Record<string, object>).flatMap(
    ([p, ops]) =>
      Object.keys(ops).map(method => `${method.toUpperCase()} ${p}`),
  );
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the permission matrix on %p',
  databaseId => {
    let api: DeskApi;
    let fixture: Fixture;
    const ids = { T: '', U: '' };

    beforeAll(async () => {
      const { server } = await startDeskBackend({
        knex: await databases.init(databaseId),
      });
      api = deskApi(server);
      const as = (who: Column) => api(AUTH[who]);
      const ticket = (
        await as('agent').post('/tickets', newTicket()).expect(201)
      ).body;
      await as('agent')
        .post(`/tickets/${ticket.id}/actions`, {
          action: 'dispatch',
          version: 1,
        })
        .expect(200);
      await as('pm')
        .post(`/tickets/${ticket.id}/actions`, {
          action: 'assign',
          assigneeRef: PEOPLE.eng,
          version: 2,
        })
        .expect(200);
      const other = newTicket({
        entityRef: 'component:default/office-network',
        reporter: { name: 'Someone else' },
      });
      ids.T = ticket.id;
      ids.U = (await as('agent').post('/tickets', other).expect(201)).body.id;

      // Days far enough apart that no person's slots join into a stretch the rest rule refuses,
      // whichever weekday (and so whichever duty length) they fall on.
      const [planDay, changeDay, pendingDay] = [
        dayAhead(28),
        dayAhead(31),
        dayAhead(34),
      ];
      for (const day of [changeDay, pendingDay]) {
        await as('lead')
          .post('/roster/plan', await planOf(as('lead'), day, day, HOLDERS))
          .expect(200);
      }
      const pending = await as('lead')
        .post('/roster/changes', {
          date: pendingDay,
          kind: 'duty',
          type: 'cover',
          replacement: 'user:default/sun.li',
          reason: 'training',
        })
        .expect(201);
      // A sealing request waiting (May) and a sealed cycle (April); two permit failures of
      // November, one appealed already.
      const submit = (period: string) =>
        as('lead')
          .post('/scorecard/seal-requests', { kind: 'cycle', period })
          .expect(201);
      const waiting = await submit('2026-05');
      const sealing = await submit('2026-04');
      const sealed = await as('mgr')
        .post(`/scorecard/seal-requests/${sealing.body.id}/decision`, {
          approve: true,
        })
        .expect(200);
      for (const description of ['late start report', 'late finish report'])
        await as('mgr')
          .post('/assessment-entries', {
            kind: 'permit_failure',
            occurredAt: '2026-11-04T02:00:00Z',
            description,
          })
          .expect(201);
      const november = await as('mgr').get(
        '/scorecard?kind=month&period=2026-11',
      );
      const [first, second] = november.body.operational.items.find(
        (i: { id: string }) => i.id === 'permitFailures',
      ).deductions;
      const appeal = await as('lead')
        .post('/scorecard/appeals', {
          kind: 'month',
          period: '2026-11',
          deductionKey: first.key,
          reason: 'recorded twice',
        })
        .expect(201);
      let n = 0;
      fixture = {
        ticket,
        planDay,
        changeDay,
        pendingId: pending.body.id,
        sealRequestId: waiting.body.id,
        sealId: sealed.body.seal.id,
        appealId: appeal.body.id,
        deductionKey: second.key,
        unique: () => `matrix-${++n}`,
      };
    });

    it('covers every operation of openapi.yaml, and no other', () => {
      expect(Object.keys(MATRIX).sort()).toEqual(documentedOperations().sort());
      expect(Object.keys(PROBES).sort()).toEqual(Object.keys(MATRIX).sort());
    });

    it.each(Object.keys(MATRIX) as Route[])('%s', async route => {
      const expected: Record<string, number> = {};
      const actual: Record<string, number> = {};
      const unexplained: string[] = [];
      for (const [i, column] of COLUMNS.entries()) {
        const res = await PROBES[route](api(AUTH[column]), fixture, api);
        expected[column] = MATRIX[route][i];
        actual[column] = res.status;
        // A refusal always says why, in a Backstage error body.
        if (res.status >= 400 && !res.body?.error?.message)
          unexplained.push(column);
      }
      expect(actual).toEqual(expected);
      expect(unexplained).toEqual([]);
    });

    it('has an invalid body for every write route', () => {
      expect(Object.keys(INVALID).sort()).toEqual([...WRITES].sort());
    });

    // The permission is checked before the body: an outsider is refused, not told which fields are wrong.
    it.each(WRITES)(
      '%s refuses an unauthorised caller with an invalid body as it refuses a valid one',
      async route => {
        const expected: Record<string, number> = {};
        const actual: Record<string, number> = {};
        for (const [i, column] of COLUMNS.entries()) {
          const status = MATRIX[route][i];
          if (status !== 403 && status !== 404) continue;
          expected[column] = status;
          actual[column] = (
            await INVALID[route](api(AUTH[column]), fixture)
          ).status;
        }
        expect(actual).toEqual(expected);
      },
    );

    it.each(LISTED)(
      'GET /tickets as %s%s lists %j',
      async (column, filter, expected) => {
        const res = await api(AUTH[column]).get(`/tickets?limit=200${filter}`);
        const listed = Object.entries(ids)
          .filter(([, id]) =>
            res.body.items.some((t: { id: string }) => t.id === id),
          )
          .map(([name]) => name);
        expect(listed).toEqual(expected);
        // The count must not leak the rows that are hidden either.
        expect(res.body.totalCount).toBe(res.body.items.length);
      },
    );
  },
);
