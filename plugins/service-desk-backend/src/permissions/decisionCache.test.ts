import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { DecisionCache } from './decisionCache';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

function cacheAt(clock: { now: number }, maxEntries = 100) {
  return new DecisionCache({ ttlMs: 10_000, maxEntries, now: () => clock.now });
}

describe('DecisionCache', () => {
  const user = (ref: string, expiresAt?: Date) => ({
    ...mockCredentials.user(ref),
    ...(expiresAt ? { expiresAt } : {}),
  });

  it('asks once per caller and permission while the answer is fresh', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    const load = jest.fn(async () => ALLOW);
    const key = DecisionCache.keyOf(user('user:default/a'), 'ticket.read');
    await Promise.all([cache.get(key, load), cache.get(key, load)]);
    clock.now = 9_999;
    expect(await cache.get(key, load)).toBe(ALLOW);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('takes a changed policy within the stated time', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    let policy = ALLOW;
    const load = async () => policy;
    const key = DecisionCache.keyOf(user('user:default/a'), 'ticket.read');
    expect(await cache.get(key, load)).toBe(ALLOW);
    policy = DENY;
    clock.now = 5_000;
    expect(await cache.get(key, load)).toBe(ALLOW);
    clock.now = 10_000;
    expect(await cache.get(key, load)).toBe(DENY);
  });

  it('asks again for a new token (new groups) and for another permission or user', () => {
    const a = DecisionCache.keyOf(
      user('user:default/a', new Date('2026-12-02T10:00:00Z')),
      'ticket.read',
    );
    const keys = [
      a,
      DecisionCache.keyOf(
        user('user:default/a', new Date('2026-12-02T11:00:00Z')),
        'ticket.read',
      ),
      DecisionCache.keyOf(
        user('user:default/a', new Date('2026-12-02T10:00:00Z')),
        'ticket.update',
      ),
      DecisionCache.keyOf(
        user('user:default/b', new Date('2026-12-02T10:00:00Z')),
        'ticket.read',
      ),
    ];
    expect(new Set(keys).size).toBe(4);
    expect(
      DecisionCache.keyOf(mockCredentials.service(), 'ticket.read'),
    ).toBeUndefined();
  });

  it('keeps no failure, and holds at most its number of callers', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock, 2);
    const failing = jest.fn(async () => {
      throw new Error('permission backend down');
    });
    await expect(cache.get('k', failing)).rejects.toThrow('down');
    const load = jest.fn(async () => ALLOW);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get('k2', load);
    await cache.get('k3', load);
    // 'k' was the oldest of three: asked again.
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
