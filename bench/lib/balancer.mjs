// A loopback HTTP balancer in the bench's process, so the load generator talks to one URL while
// several backend processes answer: each request goes to the next upstream in turn, over a
// keep-alive connection of that upstream's agent, with request and response bodies streamed.
import http from 'node:http';

/** Headers of one connection, not of the message: a proxy answers them itself (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function endToEnd(headers) {
  const named = String(headers.connection ?? '')
    .split(',')
    .map(h => h.trim().toLowerCase());
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !HOP_BY_HOP.has(name) && !named.includes(name),
    ),
  );
}

/** Listens on 127.0.0.1 (a free port) in front of `upstreams` (base URLs); round robin per request. */
export async function startBalancer(upstreams) {
  const targets = upstreams.map(base => {
    const { hostname, port } = new URL(base);
    // An idle connection is let go before the backend's own 5 s keep-alive would close it under
    // a request the balancer had just sent on it (ECONNRESET between phases).
    return {
      hostname,
      port,
      agent: new http.Agent({ keepAlive: true, timeout: 4000 }),
    };
  });
  let turn = 0;
  const server = http.createServer((req, res) => {
    const { hostname, port, agent } = targets[turn++ % targets.length];
    const upstream = http.request(
      {
        hostname,
        port,
        agent,
        method: req.method,
        path: req.url,
        headers: endToEnd(req.headers),
      },
      answer => {
        res.writeHead(
          answer.statusCode,
          answer.statusMessage,
          endToEnd(answer.headers),
        );
        answer.pipe(res);
        answer.once('close', () => answer.complete || res.destroy());
      },
    );
    upstream.once('error', error => {
      if (res.headersSent) {
        res.destroy(error);
      } else {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`bench balancer: ${hostname}:${port}: ${error.message}`);
      }
    });
    // A client that goes away mid-request takes its upstream request with it.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => {
          for (const t of targets) t.agent.destroy();
          resolve();
        });
      }),
  };
}
