// HTTP load with autocannon: a bounded number of requests over N connections, every latency
// kept so that p50/p95/p99 are exact (autocannon's own summary has no p95).
import autocannon from 'autocannon';

/** A phase stops after this long even if not all its requests were sent (a slow read at 1 M). */
export const PHASE_SECONDS = 60;

/**
 * Sends `amount` requests over `connections` connections. `next()` may give each request its
 * own path and body; `onBody` sees every response body (to collect the tickets opened, say).
 */
export async function load({
  url,
  token,
  connections,
  amount,
  method = 'GET',
  path,
  next,
  onBody,
}) {
  const latencies = [];
  const request = { method, path };
  if (next) request.setupRequest = req => ({ ...req, ...next() });
  if (onBody)
    request.onResponse = (status, body) =>
      status < 300 && onBody(JSON.parse(body));
  // autocannon's own start and finish fall on its 1-second sampling ticks: time the phase here.
  const started = performance.now();
  let last = started;
  const instance = autocannon({
    url,
    connections,
    amount,
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
  let capped = false;
  const cap = setTimeout(() => {
    capped = true;
    instance.stop();
  }, PHASE_SECONDS * 1000);
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
  const seconds = (last - started) / 1000;
  return {
    connections,
    requests: latencies.length,
    capped,
    perSecond: round(latencies.length / seconds),
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
