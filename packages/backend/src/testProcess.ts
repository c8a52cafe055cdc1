import net from 'net';

/** A port nothing listens on now, on loopback, for a backend a test starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Polls `check` until it answers true. A check that throws is tried again (the backend is not up
 * yet); past the deadline its last error is the test's failure, so the reason is not lost.
 */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise(r => setTimeout(r, 500));
  }
}
