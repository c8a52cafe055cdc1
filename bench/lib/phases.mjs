// What is measured for one database and size, in order: reads first (no-op floor, pages,
// tickets, reports) with their bare-SQL floors, then the writes that add tickets, then, when asked
// for, the soak. Every phase records the backend's RSS and its event loop's longest delay; the
// phases named in `profile`, its CPU profile too (profile.mjs).
import { DateTime } from 'luxon';
import { sampleRss, startBackends } from './backend.mjs';
import { openFloors } from './floors.mjs';
import { load, round } from './load.mjs';
import { deskConfig, demoRouting } from './product.mjs';
import { summariseProfiles } from './profile.mjs';
import { soak } from './soak.mjs';
import { STATIONS, UNITS, random } from './story.mjs';

const AGENT = 'user:default/li.na';
const LEAD = 'user:default/wang.fang';
export const API = '/api/service-desk';
/** The desk's list filters: the largest state, one service, one engineer's queue, a search. */
export const LISTS = {
  state: { state: 'closed' },
  entity: { entityRef: 'component:default/ems-scada' },
  assignee: { assigneeRef: 'user:default/ma.chao' },
  text: { q: `${STATIONS[0]}-17` },
};

/** `soakSeconds` of mixed load after the writes; none when 0. `profile`: the phases to profile. */
export async function measure(
  t,
  { port, counts, soakSeconds = 0, profile = [] },
) {
  const backends = await startBackends(t, [port], {
    profile: profile.length > 0,
  });
  const [backend] = backends.replicas;
  try {
    const run = await openRun(backends, backend.url, { profile });
    const lead = await signIn(backends, LEAD);
    const nextId = ticketIds(t.size);
    await reads(run, counts, nextId);

    const year = DateTime.now().setZone(deskConfig().timeZone).year;
    const reports = {
      scorecard: `${API}/scorecard?kind=year&period=${year}`,
      statistics: `${API}/statistics?kind=month&year=${year}`,
    };
    for (const [name, path] of Object.entries(reports)) {
      await run.phase(name, () =>
        timedGets(backend.url, lead, path, counts.reports, backend.pid),
      );
    }

    const floors = await sqlFloors(t, { counts, nextId, year });
    const newTicket = ticketOpener(run.routing);
    await writes(run, newTicket, counts);
    await alertBurst(run, backends.monitoringToken, counts);
    if (soakSeconds > 0) {
      await run.phase('soak', () =>
        soak({
          http: run.http,
          seconds: soakSeconds,
          api: API,
          reads: [
            () => '/me',
            ...Object.values(LISTS).map(
              params => () => `/tickets?${new URLSearchParams(params)}`,
            ),
            () => `/tickets/${nextId()}`,
          ],
          newTicket,
        }),
      );
    }
    return { phases: run.phases, floors };
  } finally {
    await backends.stop();
  }
}

/**
 * The desk agent signed in, the live routing checked against the data, and the phases' recorder,
 * all over `url` (the one backend, or the balancer in front of the replicas). Each phase records
 * the peak RSS and the event loop's longest delay of every backend process, the worst of them,
 * and for the phases named in `profile` the CPU profile of all of them (their samples summed).
 */
export async function openRun(backends, url, { profile = [] } = {}) {
  const agent = await signIn(backends, AGENT);
  const routing = await checkRouting(url, agent);
  const phases = {};
  const phase = async (name, fn) => {
    const profiled = profile.includes(name);
    // The profiler starts before and stops after the event loop's figures are taken, so its own
    // start and its writing of the profile never count in them.
    if (profiled)
      await Promise.all(backends.replicas.map(b => b.profiler.start()));
    await Promise.all(backends.replicas.map(b => b.eventLoop())); // counts from here
    const samplers = backends.replicas.map(b => sampleRss(b.pid));
    let result;
    let rss;
    try {
      result = await fn();
    } finally {
      // Stopped even when the phase fails: a sampler left running would read a stopped backend.
      rss = worst(samplers.map(sampled => sampled()));
    }
    phases[name] = {
      ...result,
      rss,
      eventLoop: worst(
        await Promise.all(backends.replicas.map(b => b.eventLoop())),
      ),
    };
    console.log(`  ${name}: ${JSON.stringify(phases[name])}`);
    if (profiled)
      phases[name].profile = summariseProfiles(
        await Promise.all(backends.replicas.map(b => b.profiler.stop(name))),
      );
  };
  const http = extra => ({ url, token: agent, ...extra });
  /** The phase at 1 client, then at 16: `amounts` are the requests of each. */
  const both = async (name, extra, amounts) => {
    for (const [i, connections] of [1, 16].entries()) {
      await phase(`${name}.${connections}`, () =>
        load(http({ ...extra, connections, amount: amounts[i] })),
      );
    }
  };
  return { routing, phases, phase, http, both };
}

/** Each figure's largest value among the processes'. */
const worst = figures =>
  Object.fromEntries(
    Object.keys(figures[0]).map(k => [k, Math.max(...figures.map(f => f[k]))]),
  );

/** Ids of existing tickets, the same sequence on every run of a size. */
export function ticketIds(size) {
  const rnd = random(7);
  return () => 1 + Math.floor(rnd() * size);
}

/** The no-op floor, every list and the ticket screen, each at 1 and 16 clients. */
export async function reads(run, counts, nextId) {
  await load(run.http({ path: `${API}/tickets`, connections: 4, amount: 200 })); // JIT and caches warm
  await run.both('noop', { path: `${API}/me` }, counts.noop);
  for (const [name, params] of Object.entries(LISTS)) {
    await run.both(
      `list.${name}`,
      { path: `${API}/tickets?${new URLSearchParams(params)}` },
      counts.list,
    );
  }
  await run.both(
    'detail',
    { next: () => ({ path: `${API}/tickets/${nextId()}` }) },
    counts.detail,
  );
}

/** The body of the next ticket to open, for each service of the demo routing in turn. */
export function ticketOpener(routing) {
  let n = 0;
  return () => ({
    kind: 'incident',
    impact: 'medium',
    urgency: 'medium',
    category: 'application/fault',
    title: `[${STATIONS[n % STATIONS.length]}-${
      n % UNITS
    }] 基准测试 Benchmark ticket`,
    description: 'Opened by bench/run to measure the rate of opening tickets.',
    reporter: { name: '钱工', phone: '138 0000 1111' },
    channel: 'phone',
    entityRef: routing[n++ % routing.length].entityRef,
  });
}

/** Opens tickets (routing each through the catalog), then dispatches each one it opened. */
export async function writes({ phase, http }, newTicket, counts) {
  for (const [i, connections] of [1, 16].entries()) {
    const opened = [];
    await phase(`open.${connections}`, () =>
      load(
        http({
          method: 'POST',
          connections,
          amount: counts.open[i],
          next: () => ({
            method: 'POST',
            path: `${API}/tickets`,
            body: JSON.stringify(newTicket()),
          }),
          onBody: body => opened.push(JSON.parse(body)),
        }),
      ),
    );
    await phase(`act.${connections}`, () =>
      load(
        http({
          method: 'POST',
          connections,
          amount: opened.length,
          next: () => {
            const ticket = opened.pop();
            return {
              method: 'POST',
              path: `${API}/tickets/${ticket.id}/actions`,
              body: JSON.stringify({
                action: 'dispatch',
                version: ticket.version,
              }),
            };
          },
        }),
      ),
    );
  }
}

/**
 * One fault seen by monitoring again and again: `counts.alerts` alerts of one fingerprint at 16
 * clients, each routed and recorded; all of them must make one ticket.
 */
export async function alertBurst({ phase, http, routing }, token, counts) {
  const fingerprint = `bench/${Date.now()}`;
  let opened = 0;
  const tickets = new Set();
  await phase('alerts.16', async () => ({
    ...(await load(
      http({
        token,
        method: 'POST',
        connections: 16,
        amount: counts.alerts,
        next: () => ({
          method: 'POST',
          path: `${API}/alerts`,
          body: JSON.stringify({
            fingerprint,
            service: routing[0].entityRef,
            severity: 'major',
            summary: `[${fingerprint}] 基准测试告警 Benchmark alert`,
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
          }),
        }),
        onBody: body => {
          const receipt = JSON.parse(body);
          if (receipt.alert.opened) opened++;
          tickets.add(receipt.ticket.id);
        },
      }),
    )),
    ticketsOpened: opened,
    tickets: tickets.size,
  }));
}

async function sqlFloors(t, { counts, nextId, year }) {
  const floors = await openFloors(t);
  try {
    const result = {};
    for (const [name, params] of Object.entries(LISTS))
      result[`list.${name}`] = await floors.list(params, counts.sql);
    result.detail = await floors.detail(nextId, counts.sql);
    result.scorecard = await floors.report(
      s => s.report('year', String(year)),
      counts.reports,
    );
    result.statistics = await floors.report(
      s => s.series('month', year),
      counts.reports,
    );
    console.log(`  sql floors: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await floors.close();
  }
}

/** One request at a time, `times` times: each one's time, and the most memory one of them added. */
async function timedGets(url, token, path, times, pid) {
  const ms = [];
  let growthMb = 0;
  for (let i = 0; i < times; i++) {
    const rss = sampleRss(pid);
    const started = performance.now();
    const res = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok)
      throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    ms.push(performance.now() - started);
    growthMb = Math.max(growthMb, rss().growthMb);
  }
  const [firstMs] = ms;
  ms.sort((a, b) => a - b);
  return {
    runs: times,
    // The first read also computes and keeps the closed months no earlier read kept.
    firstMs: round(firstMs),
    medianMs: round(ms[Math.floor(ms.length / 2)]),
    ms: ms.map(round),
    maxGrowthMb: growthMb,
  };
}

/** A real user token, signed in through OpenID Connect; waits until the catalog has read examples/. */
async function signIn(backends, userRef) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await backends.signIn(userRef);
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`sign-in as ${userRef}: ${error.message}`);
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** The generated tickets assume the routing of the demo catalog; the live backend must agree. */
async function checkRouting(url, token) {
  const expected = await demoRouting(deskConfig());
  for (const route of expected) {
    const res = await fetch(
      `${url}${API}/routing?entityRef=${encodeURIComponent(route.entityRef)}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const live = await res.json();
    if (
      live.projectManagerRef !== route.projectManagerRef ||
      live.engineers?.join() !== route.engineers.join()
    ) {
      throw new Error(
        `routing of ${route.entityRef}: the backend says ${JSON.stringify(
          live,
        )}, the data assumed ${JSON.stringify(route)}`,
      );
    }
  }
  return expected;
}
