import fc from 'fast-check';
import { Knex } from 'knex';
import { DeskSender } from './deskApi';
import { snapshotDesk } from './dbSnapshot';
import { garbageJson } from './hostileValues';

/** One request of a property test: a GET when there is no body, else a POST of the raw body. */
export interface HostileCase {
  path: string;
  body?: string;
  contentType?: string;
  /** An odd but well-formed query (the first year of the calendar…) may be answered, never fail (5xx). */
  mayPass?: boolean;
}

/**
 * POST cases for one path: mostly one-fault bodies, some whole-body garbage, and the faults only
 * the service can see (an unknown user, a time in the future…) often enough to be tried every run.
 */
export function jsonCases(
  path: string,
  invalid: fc.Arbitrary<unknown>,
  known: object[] = [],
): fc.Arbitrary<HostileCase> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: invalid.map(b => ({ path, body: JSON.stringify(b) })),
    },
    { weight: 1, arbitrary: garbageJson.map(body => ({ path, body })) },
    ...(known.length
      ? [
          {
            weight: 2,
            arbitrary: fc
              .constantFrom(...known)
              .map(b => ({ path, body: JSON.stringify(b) })),
          },
        ]
      : []),
  );
}

/**
 * A query string as browsers and qs write one: a list repeats its key, an object uses brackets,
 * and an empty list or object still sends its key, empty.
 */
export function toQuery(params: Record<string, unknown>): string {
  // A lone surrogate cannot be encoded: it goes out as the broken UTF-8 a careless client sends.
  const enc = (v: unknown) =>
    String(v)
      .split(/[\ud800-\udfff]/)
      .map(encodeURIComponent)
      .join('%ED%A0%80');
  return Object.entries(params)
    .flatMap(([k, v]) => {
      if (v && typeof v === 'object' && Object.keys(v).length === 0)
        return [`${enc(k)}=`];
      if (Array.isArray(v)) return v.map(item => `${enc(k)}=${enc(item)}`);
      if (v && typeof v === 'object')
        return Object.entries(v).map(
          ([sub, item]) => `${enc(k)}[${enc(sub)}]=${enc(item)}`,
        );
      return [`${enc(k)}=${enc(v)}`];
    })
    .join('&');
}

/** GET cases for one path, built like {@link jsonCases} from query objects. */
export function queryCases(
  path: string,
  invalid: fc.Arbitrary<Record<string, unknown>>,
  known: Array<Record<string, unknown>> = [],
) {
  return fc
    .oneof(
      { weight: 4, arbitrary: invalid },
      ...(known.length
        ? [{ weight: 2, arbitrary: fc.constantFrom(...known) }]
        : []),
    )
    .map(
      (params): HostileCase => ({
        path: `${path}?${toQuery(params)}`,
        // The query parser drops __proto__ keys before the service sees them: the rest may be valid.
        mayPass: Object.keys(params).some(k => k.startsWith('__proto__')),
      }),
    );
}

/** The seed of every property of src/security; set SERVICE_DESK_FC_SEED to replay another run. */
export const SEED = Number(process.env.SERVICE_DESK_FC_SEED ?? 20261201);
/** Cases per endpoint; SERVICE_DESK_FC_RUNS raises it for a longer hunt. */
export const RUNS = Number(process.env.SERVICE_DESK_FC_RUNS ?? 200);

/** Cases and statuses seen per endpoint, printed once at the end of a test file. */
export class CaseTally {
  private readonly seen = new Map<string, Record<number, number>>();

  add(endpoint: string, status: number) {
    const statuses = this.seen.get(endpoint) ?? {};
    statuses[status] = (statuses[status] ?? 0) + 1;
    this.seen.set(endpoint, statuses);
  }

  report(title: string): string {
    const lines = [...this.seen].map(([endpoint, statuses]) => {
      const total = Object.values(statuses).reduce((a, b) => a + b, 0);
      const by = Object.entries(statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      return `  ${endpoint.padEnd(36)} ${String(total).padStart(
        5,
      )} cases  (${by})`;
    });
    return `${title} (fast-check seed ${SEED}, ${RUNS} runs per property)\n${lines.join(
      '\n',
    )}`;
  }
}

const short = (text = '') =>
  text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;

/**
 * Sends every case and holds the properties of SPEC §9: the answer is a 4xx with a message (a
 * well-formed odd query may be a 2xx), never a 5xx; the service_desk_* tables are byte-for-byte
 * as before; and nothing reached Object.prototype (the canary of the prototype keys).
 */
export async function assertRefused(options: {
  endpoint: string;
  sender: DeskSender;
  cases: fc.Arbitrary<HostileCase>;
  knex: Knex;
  tally: CaseTally;
}) {
  const { endpoint, sender, knex, tally } = options;
  // Each case is compared with the state just before it, so a failure names its own request.
  let last = await snapshotDesk(knex);
  // Failures print the request, not a 200 KB body.
  const cases = options.cases.map(c =>
    Object.assign(c, {
      [fc.toStringMethod]: () => `${c.path} ${short(c.body)}`,
    }),
  );
  await fc.assert(
    fc.asyncProperty(cases, async c => {
      const res =
        c.body === undefined
          ? await sender.get(c.path)
          : await sender.raw(c.path, c.body, c.contentType);
      tally.add(endpoint, res.status);
      const before = last;
      last = await snapshotDesk(knex);
      const message = res.body?.error?.message;
      const refused =
        res.status >= 400 && res.status < 500 && /\S/.test(message ?? '');
      const passed = c.mayPass === true && res.status === 200;
      if (!refused && !passed)
        throw new Error(
          `answered ${res.status}: ${message ?? short(res.text)}`,
        );
      expect(last).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: RUNS, seed: SEED },
  );
}
