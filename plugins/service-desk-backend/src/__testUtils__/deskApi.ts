import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';

/**
 * Requests to the service-desk API with a given Authorization header: the security tests send
 * the same request as every role in turn (mockCredentials.*.header()).
 */
export function deskApi(server: unknown) {
  const app = server as Parameters<typeof request>[0];
  const base = '/api/service-desk';
  return (authorization: string) => ({
    get: (path: string) =>
      request(app).get(`${base}${path}`).set('Authorization', authorization),
    post: (path: string, body: object) =>
      request(app)
        .post(`${base}${path}`)
        .set('Authorization', authorization)
        .send(body),
    /** A body sent as it is, e.g. broken JSON or a CSV file. */
    raw: (path: string, text: string, contentType = 'application/json') =>
      request(app)
        .post(`${base}${path}`)
        .set('Authorization', authorization)
        .set('Content-Type', contentType)
        .send(text),
  });
}

export type DeskApi = ReturnType<typeof deskApi>;
export type DeskSender = ReturnType<DeskApi>;

/** Requests to the service-desk API as one signed-in user. */
export function asUser(server: unknown, userRef: string): DeskSender {
  return deskApi(server)(mockCredentials.user.header(userRef));
}

/** A supertest parser that keeps a binary body (a workbook) as one Buffer. */
export function binaryBody(
  res: request.Response,
  done: (error: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
