// The HTTP phases again with several backend processes on the run's database, as a deployment
// runs replicas: every request through a loopback balancer (balancer.mjs), so the one URL of the
// load generator is answered by each replica in turn. The no-op is also measured straight to the
// first replica and through the balancer to it alone: the difference is the balancer's own cost.
// Scheduled tasks are shared through the database, as in production: nothing here tells the
// replicas apart.
import { startBackends } from './backend.mjs';
import { startBalancer } from './balancer.mjs';
import { vacuum } from './db.mjs';
import {
  API,
  openRun,
  reads,
  ticketIds,
  ticketOpener,
  writes,
} from './phases.mjs';

/** The replicas listen on `port`, `port + 1`, …; the balancer on a free port of its own. */
export async function measureReplicas(t, { port, replicas, counts }) {
  // The ordinary run's writes come before: its reads had a freshly vacuumed database, so these do.
  await vacuum(t);
  const ports = Array.from({ length: replicas }, (_, i) => port + i);
  const backends = await startBackends(t, ports);
  const urls = backends.replicas.map(b => b.url);
  const balancer = await startBalancer(urls);
  const toOne = await startBalancer(urls.slice(0, 1));
  try {
    const run = await openRun(backends, balancer.url);
    await reads(run, counts, ticketIds(t.size));
    // The balancer's own cost: both sides one right after the other, under the same other load.
    for (const [name, url] of [
      ['noop.direct-one', urls[0]],
      ['noop.balanced-one', toOne.url],
    ])
      await run.both(name, { url, path: `${API}/me` }, counts.noop);
    await writes(run, ticketOpener(run.routing), counts);
    return { count: replicas, ports, phases: run.phases };
  } finally {
    await toOne.close();
    await balancer.close();
    await backends.stop();
  }
}
