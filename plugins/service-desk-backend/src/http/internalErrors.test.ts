import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(60_000);

const AGENT = mockCredentials.user.header('user:default/li.na');
/** A reporter's phone number: it must reach the log, never a response. */
const PHONE = '13800138000';

/** A logger that keeps what the plugin logs. */
function collectingLogger(lines: string[]): LoggerService {
  const logger: LoggerService = {
    error: (message, meta) =>
      void lines.push(`${message} ${meta ? JSON.stringify(meta) : ''}`),
    warn: message => void lines.push(message),
    info: () => {},
    debug: () => {},
    child: () => logger,
  };
  return logger;
}

/**
 * Makes the database itself refuse a ticket with PHONE. The error quotes the INSERT and, like a
 * unique violation's detail (`Key (…)=(…)`), the value: on SQLite knex inlines the values.
 */
async function failInsertsOf(knex: Knex, phone: string) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION sd_test_refuse() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'refused row with phone %', NEW.reporter_phone; END; $$ LANGUAGE plpgsql;`);
    await knex.raw(`
      CREATE TRIGGER sd_test_refuse BEFORE INSERT ON service_desk_tickets
      FOR EACH ROW WHEN (NEW.reporter_phone = '${phone}') EXECUTE FUNCTION sd_test_refuse();`);
  } else {
    await knex.raw(`
      CREATE TRIGGER sd_test_refuse BEFORE INSERT ON service_desk_tickets
      WHEN NEW.reporter_phone = '${phone}' BEGIN SELECT RAISE(ABORT, 'refused row'); END;`);
  }
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'internal errors on %p',
  databaseId => {
    let server: any;
    const logged: string[] = [];

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      ({ server } = await startDeskBackend({
        knex,
        services: [
          createServiceFactory({
            service: coreServices.logger,
            deps: {},
            factory: () => collectingLogger(logged),
          }),
        ],
      }));
      await failInsertsOf(knex, PHONE);
    });

    it.each(['development', 'production'])(
      'answers a database error with a plain 500 naming the request, and logs the error under that id (NODE_ENV=%s)',
      async env => {
        const previous = process.env.NODE_ENV;
        process.env.NODE_ENV = env;
        try {
          const res = await request(server)
            .post('/api/service-desk/tickets')
            .set('Authorization', AGENT)
            .send(newTicket({ reporter: { name: '周欣', phone: PHONE } }));
          expect(res.status).toBe(500);
          const id = res.headers['x-request-id'];
          expect(id).toMatch(/^[0-9a-f-]{36}$/);
          expect(res.body.error).toEqual({
            name: 'Error',
            message: `internal error; request ${id}`,
          });
          expect(res.text).not.toMatch(
            new RegExp(
              `${PHONE}|insert|service_desk|refused row|Sqlite|stack`,
              'i',
            ),
          );
          const line = logged.find(l => l.includes(id));
          expect(line).toMatch(/insert into/i);
          expect(line).toContain(PHONE);
        } finally {
          process.env.NODE_ENV = previous;
        }
      },
    );

    it('still answers HTTP errors with their own status and message, and ids every answer', async () => {
      const res = await request(server)
        .post('/api/service-desk/tickets')
        .set('Authorization', AGENT)
        .send({ title: '' });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const ok = await request(server)
        .get('/api/service-desk/me')
        .set('Authorization', AGENT);
      expect(ok.status).toBe(200);
      expect(ok.headers['x-request-id']).not.toBe(res.headers['x-request-id']);
    });
  },
);
