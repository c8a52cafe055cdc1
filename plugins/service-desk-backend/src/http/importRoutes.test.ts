import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(120_000);

const AGENT = 'user:default/li.na';
const LEAD = 'user:default/wang.fang';
const PM = 'user:default/zhang.wei';
/** The PM of office-network: not the one ems-scada routes to. */
const OTHER_PM = 'user:default/xu.jing';
const ENGINEER = 'user:default/ma.chao';
const MIGRATION_JOB = externalCaller('external:migration-job');

const history = (externalId: string, extra: object = {}) => ({
  ...newTicket(),
  externalId,
  acceptedAt: '2026-10-21T01:00:00Z',
  acceptedBy: AGENT,
  events: [
    { action: 'dispatch', actorRef: AGENT, at: '2026-10-21T01:20:00Z' },
    {
      action: 'comment',
      actorRef: LEAD,
      at: '2026-10-21T01:25:00Z',
      comment: 'seen',
    },
  ],
  ...extra,
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('import on %p', databaseId => {
  let knex: Knex;
  let server: any;
  const post = (auth: string, body: object) =>
    request(server)
      .post('/api/service-desk/import')
      .set('Authorization', auth)
      .send(body);
  const tickets = (externalId: string) =>
    knex('service_desk_tickets').where({ external_id: externalId });

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    ({ server } = await startDeskBackend({ knex }));
  });

  it('imports one externalId once when ten imports of it run at the same moment, the others skip it', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(mockCredentials.user.header(LEAD), {
          tickets: [history('race-1')],
        }),
      ),
    );
    const statuses = answers.map(a => a.status).sort();
    expect(statuses).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const created = answers.find(a => a.status === 201)!.body.imported[0];
    for (const answer of answers.filter(a => a.status === 200)) {
      expect(answer.body).toEqual({
        imported: [],
        skipped: [{ externalId: 'race-1', id: created.id }],
      });
    }
    expect(await tickets('race-1')).toHaveLength(1);
    // No display id was used up by the imports that lost.
    const next = await post(mockCredentials.user.header(LEAD), {
      tickets: [history('race-2')],
    });
    expect(Number(next.body.imported[0].displayId.slice(-5))).toBe(
      Number(created.displayId.slice(-5)) + 1,
    );
  });

  it('runs overlapping batches at the same moment without a failure, each ticket once', async () => {
    const batches = [
      ['mix-1', 'mix-2', 'mix-3'],
      ['mix-3', 'mix-2', 'mix-4'],
      ['mix-4', 'mix-1', 'mix-5'],
      ['mix-5', 'mix-3', 'mix-1'],
    ];
    const answers = await Promise.all(
      batches.map(ids =>
        post(MIGRATION_JOB, { tickets: ids.map(id => history(id)) }),
      ),
    );
    expect(answers.map(a => a.status).filter(s => s >= 300)).toEqual([]);
    const imported = answers
      .flatMap(a => a.body.imported.map((t: any) => t.externalId))
      .sort();
    expect(imported).toEqual(['mix-1', 'mix-2', 'mix-3', 'mix-4', 'mix-5']);
    for (const id of imported) expect(await tickets(id)).toHaveLength(1);
  });

  it('keeps who imported each ticket, through which door, when and how many, on the ticket and its events', async () => {
    const before = Date.now();
    const res = await post(MIGRATION_JOB, {
      tickets: [history('batch-1'), history('batch-2')],
    });
    expect(res.status).toBe(201);
    const { batchId } = res.body;
    expect(batchId).toEqual(expect.any(String));
    const batch = await knex('service_desk_batches')
      .where({ id: batchId })
      .first();
    expect({
      ...batch,
      id: String(batch.id),
      created_at: Number(batch.created_at),
      count: Number(batch.count),
    }).toEqual({
      id: batchId,
      kind: 'tickets',
      principal: 'external:migration-job',
      door: 'api',
      created_at: expect.any(Number),
      count: 2,
    });
    expect(Number(batch.created_at)).toBeGreaterThanOrEqual(before - 1000);
    const rows = await knex('service_desk_tickets').whereIn('external_id', [
      'batch-1',
      'batch-2',
    ]);
    expect(rows.map(r => String(r.import_batch_id))).toEqual([
      batchId,
      batchId,
    ]);
    const events = await knex('service_desk_ticket_events')
      .where({ ticket_id: rows[0].id })
      .orderBy('seq');
    expect(events).toHaveLength(3);
    for (const event of events)
      expect(JSON.parse(event.data ?? '{}').importBatchId).toBe(batchId);
    // The lead's import is the lead's.
    const lead = await post(mockCredentials.user.header(LEAD), {
      tickets: [history('batch-3')],
    });
    const leadBatch = await knex('service_desk_batches')
      .where({ id: lead.body.batchId })
      .first();
    expect(leadBatch).toMatchObject({ principal: LEAD, door: 'api' });
    // Tickets opened at the desk belong to no batch.
    const opened = await request(server)
      .post('/api/service-desk/tickets')
      .set('Authorization', mockCredentials.user.header(AGENT))
      .send(newTicket());
    expect(
      (await knex('service_desk_tickets').where({ id: opened.body.id }).first())
        .import_batch_id,
    ).toBeNull();
  });

  it('keeps the imported projectManagerRef as the PM of record, if the catalog knows them as a PM', async () => {
    const res = await post(mockCredentials.user.header(LEAD), {
      tickets: [history('pm-1', { projectManagerRef: OTHER_PM, events: [] })],
    });
    expect(res.status).toBe(201);
    const ticket = await request(server)
      .get(`/api/service-desk/tickets/${res.body.imported[0].id}`)
      .set('Authorization', mockCredentials.user.header(LEAD));
    expect(ticket.body.projectManagerRef).toBe(OTHER_PM);
    expect(ticket.body.events[0].data).toMatchObject({
      importedProjectManagerRef: OTHER_PM,
      routing: { projectManagerRef: PM },
    });
    // The PM of record sees the ticket.
    const asPm = await request(server)
      .get(`/api/service-desk/tickets/${res.body.imported[0].id}`)
      .set('Authorization', mockCredentials.user.header(OTHER_PM));
    expect(asPm.status).toBe(200);

    const refused = await post(mockCredentials.user.header(LEAD), {
      tickets: [
        history('pm-2', { projectManagerRef: ENGINEER }),
        history('pm-3', { projectManagerRef: 'user:default/nobody' }),
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /tickets\[0\]\.projectManagerRef: user:default\/ma\.chao is not a project manager/,
    );
    expect(refused.body.error.message).toMatch(
      /tickets\[1\]\.projectManagerRef: user:default\/nobody is not a project manager/,
    );
    expect(await tickets('pm-2')).toHaveLength(0);
  });
});
