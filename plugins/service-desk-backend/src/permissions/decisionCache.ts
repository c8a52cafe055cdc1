import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { PolicyDecision } from '@backstage/plugin-permission-common';

/**
 * The permission framework's decision for a caller (conditional or not), kept briefly. It follows from
 * the policy and the caller's token alone (their groups are the token's claims), so asking the
 * permission backend again on every list request, over loopback HTTP with a fresh token, buys
 * nothing until the token or the policy changes. Keyed by the user and their token's expiry (a
 * new sign-in, with new groups, is a new key), held at most `ttlMs` (so a changed policy takes
 * effect within it), and at most `maxEntries` callers. Per process: a replica that has not asked
 * yet asks for itself, so nothing here is shared state between replicas.
 */
export class DecisionCache {
  private readonly entries = new Map<
    string,
    { at: number; decision: Promise<PolicyDecision> }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
    },
  ) {}

  /** The key of a caller's decision on a permission; undefined for a caller not cached. */
  static keyOf(
    credentials: BackstageCredentials,
    permission: string,
  ): string | undefined {
    const { principal } = credentials as BackstageCredentials<{
      type?: string;
      userEntityRef?: string;
    }>;
    if (principal?.type !== 'user' || !principal.userEntityRef)
      return undefined;
    return `${principal.userEntityRef}|${
      credentials.expiresAt?.getTime() ?? ''
    }|${permission}`;
  }

  async get(
    key: string | undefined,
    load: () => Promise<PolicyDecision>,
  ): Promise<PolicyDecision> {
    const { ttlMs, maxEntries } = this.options;
    if (key === undefined || ttlMs <= 0) return load();
    const now = (this.options.now ?? Date.now)();
    const held = this.entries.get(key);
    if (held && now - held.at < ttlMs) return held.decision;
    // The pending promise is held, so callers arriving together ask once; a failure is not kept.
    const decision = load();
    this.entries.delete(key);
    this.entries.set(key, { at: now, decision });
    decision.catch(() => {
      if (this.entries.get(key)?.decision === decision)
        this.entries.delete(key);
    });
    while (this.entries.size > maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return decision;
  }
}
