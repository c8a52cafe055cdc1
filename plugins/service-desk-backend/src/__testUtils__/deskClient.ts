import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { deskApi } from './deskApi';

/** Demo users of examples/org.yaml in the roles the ticket of `newTicket()` meets. */
export const DEMO_USERS = {
  agent: 'user:default/li.na',
  otherAgent: 'user:default/zhao.lei',
  lead: 'user:default/wang.fang',
  /** The PM that ems-scada routes to. */
  pm: 'user:default/zhang.wei',
  /** A member of the team that owns ems-scada. */
  engineer: 'user:default/ma.chao',
} as const;

/**
 * Requests to the desk API as a given user (deskApi with a user token). Each answer is awaited
 * for at most `timeoutMs`, so a hanging server fails the test with a clear reason.
 */
export function deskClient(server: unknown, timeoutMs = 30_000) {
  const api = deskApi(server);
  return (user: string) => {
    const as = api(mockCredentials.user.header(user));
    return {
      get: (url: string) => within(timeoutMs, as.get(url)),
      post: (url: string, body: object) =>
        within(timeoutMs, as.post(url, body)),
    };
  };
}

/**
 * superagent's own `.timeout()` leaves its timers running under supertest, which keeps the jest
 * worker alive after the test; this one is cleared as soon as the answer is in.
 */
async function within(
  ms: number,
  answer: PromiseLike<request.Response>,
): Promise<request.Response> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
