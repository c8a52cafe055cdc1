import { mockCredentials } from '@backstage/backend-test-utils';
import { DeskApi, deskApi } from '../__testUtils__/deskApi';
import { dayAhead, planOf } from '../__testUtils__/rosterDays';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { newTicket } from '../__testUtils__/ticketInput';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(120_000);

const AGENT = mockCredentials.user.header('user:default/li.na');
const LEAD = mockCredentials.user.header('user:default/wang.fang');
const MANAGER = mockCredentials.user.header('user:default/huang.wei');
const TELEPHONE = externalCaller('external:telephone-system');
/** Half of a surrogate pair: no UTF-8 form, PostgreSQL would store U+FFFD instead. */
const LONE = '\ud800x';
/** Only a zero-width space, a zero-width joiner and a byte-order mark: nothing to read. */
const INVISIBLE = '\u200b\u200d\ufeff';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('text fields on %p', databaseId => {
  let api: DeskApi;
  let ticket: { id: string; version: number };
  let changeDay: string;

  beforeAll(async () => {
    api = deskApi(
      (await startDeskBackend({ knex: await databases.init(databaseId) }))
        .server,
    );
    ticket = (await api(AGENT).post('/tickets', newTicket()).expect(201)).body;
    changeDay = dayAhead(50);
    await api(LEAD)
      .post(
        '/roster/plan',
        await planOf(api(LEAD), changeDay, changeDay, {
          desk: 'user:default/li.na',
          duty: 'user:default/chen.jie',
        }),
      )
      .expect(200);
  });

  const imported = (extra: object) => ({
    tickets: [
      {
        ...newTicket(),
        externalId: 'u-1',
        acceptedAt: '2026-10-21T01:00:00Z',
        acceptedBy: 'user:default/li.na',
        ...extra,
      },
    ],
  });
  const event = (extra: object) => ({
    action: 'comment',
    actorRef: 'user:default/li.na',
    at: '2026-10-21T01:10:00Z',
    ...extra,
  });

  /** [what, who, path, body with the bad text, the field the 400 must name] */
  const lone: Array<
    [string, () => string, () => string, (bad: string) => object, string]
  > = [
    [
      'a ticket title',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ title: bad }),
      'title',
    ],
    [
      'a ticket description',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ description: bad }),
      'description',
    ],
    [
      'a reporter name',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ reporter: { name: bad } }),
      'reporter.name',
    ],
    [
      'a reporter organisation',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ reporter: { name: 'x', organisation: bad } }),
      'reporter.organisation',
    ],
    [
      'a category',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ category: bad }),
      'category',
    ],
    [
      'an entity ref',
      () => AGENT,
      () => '/tickets',
      bad => newTicket({ entityRef: `component:default/${bad}` }),
      'entityRef',
    ],
    [
      'a comment',
      () => AGENT,
      () => `/tickets/${ticket.id}/actions`,
      bad => ({ action: 'comment', comment: bad, version: ticket.version }),
      'comment',
    ],
    [
      'an imported external id',
      () => LEAD,
      () => '/import',
      bad => imported({ externalId: bad }),
      'tickets[0]: externalId',
    ],
    [
      'an imported event comment',
      () => LEAD,
      () => '/import',
      bad => imported({ events: [event({ comment: bad })] }),
      'tickets[0]: events.0.comment',
    ],
    [
      'a call id',
      () => TELEPHONE,
      () => '/calls',
      bad => ({ calls: [{ callId: bad, ringAt: '2026-11-02T01:00:00Z' }] }),
      'calls[0]: callId',
    ],
    [
      'a call agent',
      () => TELEPHONE,
      () => '/calls',
      bad => ({
        calls: [{ callId: 'u', ringAt: '2026-11-02T01:00:00Z', agentRef: bad }],
      }),
      'calls[0]: agentRef',
    ],
    [
      'an assessment description',
      () => MANAGER,
      () => '/assessment-entries',
      bad => ({
        kind: 'permit_failure',
        occurredAt: '2026-11-03T02:00:00Z',
        description: bad,
      }),
      'description',
    ],
    [
      'a roster change reason',
      () => LEAD,
      () => '/roster/changes',
      bad => ({
        date: changeDay,
        kind: 'duty',
        type: 'cover',
        replacement: 'user:default/sun.li',
        reason: bad,
      }),
      'reason',
    ],
  ];

  it.each(lone)(
    'refuses a lone surrogate in %s, naming the field',
    async (_what, who, path, body, field) => {
      const res = await api(who()).post(path(), body(LONE));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        `${field}: must be well-formed Unicode`,
      );
    },
  );

  it.each([
    ['title', (bad: string) => newTicket({ title: bad })],
    ['description', (bad: string) => newTicket({ description: bad })],
    ['reporter.name', (bad: string) => newTicket({ reporter: { name: bad } })],
  ])('refuses a %s of invisible characters only', async (field, body) => {
    const res = await api(AGENT).post('/tickets', body(INVISIBLE));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      `${field}: must contain a visible character`,
    );
    // One visible character is enough, and joiners inside real text are text.
    expect(
      (await api(AGENT).post('/tickets', body(`${INVISIBLE}x`))).status,
    ).toBe(201);
    expect(
      (await api(AGENT).post('/tickets', body('👩\u200d💻 停电'))).status,
    ).toBe(201);
  });
});
