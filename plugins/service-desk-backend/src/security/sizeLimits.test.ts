import { mockCredentials } from '@backstage/backend-test-utils';
import http from 'http';
import net, { AddressInfo } from 'net';
import request from 'supertest';
import { CSV_LIMIT_BYTES, JSON_LIMIT_BYTES } from '../http/bodyLimits';
import { startDeskBackend } from '../__testUtils__/startDeskBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const AGENT = mockCredentials.user.header('user:default/li.na');
const databases = createTestDatabases();

/**
 * Sends the head of a request that declares `length` bytes of body, then only `start` of them,
 * and never the rest: an answer can only come from a server that did not wait for the whole body.
 */
function declareAndStall(
  port: number,
  path: string,
  contentType: string,
  length: number,
  start: string,
) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no answer after 10 s: the server waits for all ${length} bytes`,
        ),
      );
    }, 10_000);
    socket.on('data', chunk => {
      received += chunk.toString('utf8');
      const [head, body] = received.split('\r\n\r\n');
      const declared = Number(/content-length: (\d+)/i.exec(head)?.[1]);
      if (body !== undefined && Buffer.byteLength(body) >= declared) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
      }
    });
    socket.on('error', reject);
    socket.write(
      [
        `POST /api/service-desk${path} HTTP/1.1`,
        'Host: 127.0.0.1',
        `Authorization: ${AGENT}`,
        `Content-Type: ${contentType}`,
        `Content-Length: ${length}`,
        '',
        start,
      ].join('\r\n'),
    );
  });
}

describe('body size limits', () => {
  let server: any;
  let port: number;

  beforeAll(async () => {
    ({ server } = await startDeskBackend({
      knex: await databases.init('SQLITE_3'),
    }));
    port = (server.address() as AddressInfo).port;
  });

  it.each([
    [
      'a JSON body',
      '/tickets',
      'application/json',
      JSON_LIMIT_BYTES,
      JSON_LIMIT_BYTES + 1,
      '{"title":"',
    ],
    [
      'a JSON import of 100 MB',
      '/import',
      'application/json; charset=utf-8',
      JSON_LIMIT_BYTES,
      100 * 2 ** 20,
      '{"tickets":[',
    ],
    [
      'a CSV upload',
      '/calls/upload',
      'text/csv',
      CSV_LIMIT_BYTES,
      CSV_LIMIT_BYTES + 1,
      'callId,ringAt\n',
    ],
  ])(
    'refuses %s declared over its limit with 413 before reading it',
    async (_name, path, type, limit, declared, start) => {
      const res = await declareAndStall(port, path, type, declared, start);
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({
        name: 'PayloadTooLargeError',
        message: expect.stringContaining(`at most ${limit} bytes`),
      });
    },
  );

  it('cuts off a JSON body sent without a length at the limit, with the same 413', async () => {
    // Chunked: no length to check up front, so body-parser counts and stops keeping it at the limit.
    const { status, body } = await new Promise<{ status: number; body: any }>(
      (resolve, reject) => {
        const req = http.request(
          {
            port,
            method: 'POST',
            path: '/api/service-desk/tickets',
            headers: {
              Authorization: AGENT,
              'Content-Type': 'application/json',
            },
          },
          res => {
            let text = '';
            res.on('data', chunk => (text += chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode!, body: JSON.parse(text) }),
            );
          },
        );
        req.on('error', reject);
        const chunk = 'x'.repeat(64 * 1024);
        req.write('{"title":"');
        for (let sent = 0; sent <= JSON_LIMIT_BYTES; sent += chunk.length)
          req.write(chunk);
        req.end('"}');
      },
    );
    expect(status).toBe(413);
    expect(body.error).toMatchObject({
      name: 'PayloadTooLargeError',
      message: expect.stringMatching(/too large/),
    });
  });

  it('reads a body under the limit: the fields decide', async () => {
    const res = await request(server)
      .post('/api/service-desk/tickets')
      .set('Authorization', AGENT)
      .send({ title: 'x'.repeat(JSON_LIMIT_BYTES - 100) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/title: Too big|title: .*200/);
  });
});
