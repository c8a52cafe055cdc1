// The production backend in its own process, on the run's database, its memory as the kernel
// counts it (/proc/<pid>/status) and its event loop's delay as a preloaded probe sees it, so
// phases can report their peak RSS and how long the loop was held.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { pgUrl } from './db.mjs';
import { paths } from './paths.mjs';
import {
  signInThroughOidc,
  startLoopbackOidcProvider,
} from '../../scripts/loopback-oidc-provider.mjs';

const START_TIMEOUT_MS = 180_000;
/** Between phases the backend answers the probe's signal at once; this is for a stuck one. */
const PROBE_TIMEOUT_MS = 60_000;
const probe = fileURLToPath(new URL('./eventLoopProbe.cjs', import.meta.url));

export async function startBackend(t, port) {
  const databaseConfig = path.join(
    paths.data,
    `app-config.${t.db}-${t.size}.yaml`,
  );
  fs.mkdirSync(paths.data, { recursive: true });
  fs.writeFileSync(
    databaseConfig,
    YAML.stringify({ backend: { database: databaseSection(t) } }),
  );
  const logFile = path.join(paths.data, `backend.${t.db}-${t.size}.log`);
  const log = fs.openSync(logFile, 'w');
  const loopFile = path.join(paths.data, `eventloop.${t.db}-${t.size}.json`);
  fs.rmSync(loopFile, { force: true });
  const configs = [paths.appConfig, paths.benchConfig, databaseConfig].flatMap(
    c => ['--config', c],
  );
  // A production process has no demo sign-in, so the benchmark's users sign in as a deployment's
  // do: through OpenID Connect, against a real provider on loopback (app-config.bench.yaml).
  const url = `http://localhost:${port}`;
  const oidc = await benchOidcProvider(url);
  // From packages/backend, as `npm start` runs it: app-config's catalog paths are relative to it.
  const child = spawn(
    process.execPath,
    ['--require', probe, paths.backendEntry, ...configs],
    {
      cwd: path.join(paths.root, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        BENCH_PORT: String(port),
        BENCH_OIDC_ISSUER: oidc.issuer,
        BENCH_OIDC_CLIENT_SECRET: oidc.clientSecret,
        BENCH_SESSION_SECRET: crypto.randomBytes(24).toString('base64url'),
        BENCH_EVENT_LOOP_FILE: loopFile,
      },
      stdio: ['ignore', log, log],
    },
  );
  const exited = new Promise(resolve => child.once('exit', resolve));
  // A benchmark that dies or is stopped must not leave its backend holding the port and database.
  const orphan = () => child.kill('SIGKILL');
  const interrupted = () => process.exit(130);
  process.once('exit', orphan);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, interrupted);
  await waitFor(`${url}/.backstage/health/v1/readiness`, exited, logFile);
  return {
    url,
    pid: child.pid,
    logFile,
    signIn: oidc.signIn,
    eventLoop: eventLoopProbe(child.pid, loopFile),
    async stop() {
      process.off('exit', orphan);
      for (const signal of ['SIGINT', 'SIGTERM'])
        process.off(signal, interrupted);
      child.kill('SIGTERM');
      await exited;
      await oidc.close();
      fs.closeSync(log);
    },
  };
}

/** Provider accounts for the users the phases act as, matched to the catalog by email. */
const BENCH_USERS = ['li.na', 'wang.fang'];

async function benchOidcProvider(backendUrl) {
  const clientSecret = crypto.randomBytes(24).toString('base64url');
  const users = Object.fromEntries(
    BENCH_USERS.map(name => [
      name,
      {
        password: crypto.randomBytes(12).toString('base64url'),
        email: `${name}@example.com`,
      },
    ]),
  );
  const { issuer, close } = await startLoopbackOidcProvider({
    clients: [
      {
        client_id: 'service-desk-bench',
        client_secret: clientSecret,
        redirect_uris: [`${backendUrl}/api/auth/oidc/handler/frame`],
      },
    ],
    users,
  });
  return {
    issuer,
    clientSecret,
    close,
    /** A Backstage token of user:default/<name>. */
    async signIn(userRef) {
      const login = userRef.replace(/^user:default\//, '');
      if (!users[login]) throw new Error(`no bench account for ${userRef}`);
      const identity = await signInThroughOidc({
        backendUrl,
        login,
        password: users[login].password,
      });
      return identity.token;
    },
  };
}

function databaseSection(t) {
  if (t.db === 'sqlite')
    return { client: 'better-sqlite3', connection: { directory: t.directory } };
  return {
    client: 'pg',
    connection: pgUrl,
    prefix: t.pluginPrefix,
    plugin: { 'service-desk': { connection: { database: t.database } } },
  };
}

async function waitFor(url, exited, logFile) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !gone) {
    const ok = await fetch(url).then(
      r => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `the backend did not become ready (${
      gone ? 'it exited' : 'timed out'
    }); see ${logFile}`,
  );
}

/**
 * The longest and the 99th-percentile delay of the backend's event loop (ms) since the previous
 * call: each call signals the probe, which answers through `file` and starts counting again.
 */
function eventLoopProbe(pid, file) {
  let seq = 0;
  return async function take() {
    process.kill(pid, 'SIGUSR2');
    const deadline = Date.now() + PROBE_TIMEOUT_MS;
    for (;;) {
      const taken = fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8'))
        : { seq };
      if (taken.seq > seq) {
        seq = taken.seq;
        return { maxMs: taken.maxMs, p99Ms: taken.p99Ms };
      }
      if (Date.now() > deadline)
        throw new Error(`the backend's event loop probe did not answer`);
      await new Promise(r => setTimeout(r, 10));
    }
  };
}

/**
 * Samples the process's resident memory every 50 ms until stopped: start, peak and end in MB,
 * and the kernel's high-water mark since the process started (VmHWM).
 */
export function sampleRss(pid) {
  const field = name => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)[1]) / 1024;
  };
  const read = () => field('VmRSS');
  const start = read();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 50);
  return () => {
    clearInterval(timer);
    const end = read();
    peak = Math.max(peak, end);
    return {
      startMb: round(start),
      peakMb: round(peak),
      endMb: round(end),
      growthMb: round(peak - start),
      hwmMb: round(field('VmHWM')),
    };
  };
}

const round = x => Math.round(x * 10) / 10;
