// HTTP load with autocannon: a bounded number of requests over N connections, every latency
// kept so that p50/p95/p99 are exact (autocannon's own summary has no p95).
import autocannon from 'autocannon';

/** A phase stops after this long even if not all its requests were sent (a slow read at 1 M). */
export const PHASE_SECONDS = 60;

/**
 * Sends `amount` requests, or as many as `seconds` allow, over `connections` connections.
 * `next(context)` may give each request its own method, path and body; `onBody(body, context)`
 * sees every successful response's text (to collect the tickets opened, say), with the context
 * its request was set up with (a connection has one request in flight at a time).
 */
export async function load({
  url,
  token,
  connections,
  amount,
  seconds,
  method = 'GET',
  path,
  next,
  onBody,
}) {
  const latencies = [];
  const request = { method, path };
  // autocannon writes Content-Length into the headers it is given, which it then keeps for the
  // connection's next request: each request gets its own, or a GET after a POST would announce
  // a body it never sends and hang.
  if (next)
    request.setupRequest = (req, context) => ({
      ...req,
      headers: { ...req.headers },
      ...next(context),
    });
  if (onBody)
    request.onResponse = (status, body, context) =>
      status < 300 && onBody(body, context);
  // autocannon's own start and finish fall on its 1-second sampling ticks: time the phase here.
  const started = performance.now();
  let last = started;
  const instance = autocannon({
    url,
    connections,
    ...(seconds ? { duration: seconds } : { amount }),
    timeout: 120,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    requests: [request],
  });
  instance.on('response', (_client, _status, _bytes, ms) => {
    latencies.push(ms);
    last = performance.now();
  });
  // A timed run is stopped by autocannon; the cap then only guards against a hung one.
  let capped = false;
  const cap = setTimeout(() => {
    capped = true;
    instance.stop();
  }, ((seconds ?? 0) + PHASE_SECONDS) * 1000);
  const result = await instance;
  clearTimeout(cap);
  // Stopping a phase cuts the requests in flight; only answers count as failures then.
  const failed = result.non2xx + (capped ? 0 : result.errors + result.timeouts);
  if (failed > 0) {
    throw new Error(
      `${method} ${path ?? '(varied)'}: ${failed} of ${
        latencies.length
      } requests failed (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  const elapsed = (last - started) / 1000;
  return {
    connections,
    requests: latencies.length,
    capped,
    perSecond: round(latencies.length / elapsed),
    ...percentiles(latencies),
  };
}

export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = p =>
    round(
      sorted[
        Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
      ],
    );
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export const round = x => Math.round(x * 10) / 10;
