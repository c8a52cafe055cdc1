// The production backend in its own process (or several, replicas on one database) on the run's
// database, its memory as the kernel counts it (/proc/<pid>/status) and its event loop's delay as
// a preloaded probe sees it, so phases can report their peak RSS and how long the loop was held;
// with `profile`, a second probe takes CPU profiles of the phases asked for.
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
const profileProbe = fileURLToPath(
  new URL('./profileProbe.cjs', import.meta.url),
);

/**
 * One backend process on each of `ports`, all on the run's database: the first alone is the
 * ordinary run, several are replicas of one deployment. They share one OpenID Connect provider, as
 * a deployment's replicas share its IdP; each has its own base URL, so a sign-in returns to the
 * process it started on (`signIn` goes through the first). A token signed in on one replica is
 * valid on the others: Backstage keeps its signing keys in the database. With `profile` each
 * process can take CPU profiles (`profiler`).
 */
export async function startBackends(t, ports, { profile = false } = {}) {
  const databaseConfig = path.join(
    paths.data,
    `app-config.${t.db}-${t.size}.yaml`,
  );
  fs.mkdirSync(paths.data, { recursive: true });
  fs.writeFileSync(
    databaseConfig,
    YAML.stringify({ backend: { database: databaseSection(t) } }),
  );
  // A production process has no demo sign-in, so the benchmark's users sign in as a deployment's
  // do: through OpenID Connect, against a real provider on loopback (app-config.bench.yaml).
  const urls = ports.map(port => `http://localhost:${port}`);
  const oidc = await benchOidcProvider(urls);
  const shared = {
    databaseConfig,
    oidc,
    sessionSecret: crypto.randomBytes(24).toString('base64url'),
    monitoringToken: crypto.randomBytes(24).toString('base64url'),
    profile,
  };
  const replicas = [];
  const stop = async () => {
    for (const replica of replicas) await replica.stop();
    await oidc.close();
  };
  try {
    // One after the other, as a rolling start brings them up: each process migrates every
    // plugin's database as it starts, and knex may refuse a migration lock another one holds.
    for (const [i, port] of ports.entries()) {
      const name =
        ports.length === 1
          ? `${t.db}-${t.size}`
          : `${t.db}-${t.size}.replica-${i + 1}-of-${ports.length}`;
      replicas.push(await startProcess(port, name, shared));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    replicas,
    /** A Backstage token of user:default/<name>, signed in through the first replica. */
    signIn: userRef => oidc.signIn(urls[0], userRef),
    /** The static token of the monitoring system (app-config.bench.yaml). */
    monitoringToken: shared.monitoringToken,
    stop,
  };
}

async function startProcess(
  port,
  name,
  { databaseConfig, oidc, sessionSecret, monitoringToken, profile },
) {
  const logFile = path.join(paths.data, `backend.${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const loopFile = path.join(paths.data, `eventloop.${name}.json`);
  const profileFile = path.join(paths.data, `profile.${name}.json`);
  for (const f of [loopFile, profileFile]) fs.rmSync(f, { force: true });
  const preloads = [probe, ...(profile ? [profileProbe] : [])].flatMap(p => [
    '--require',
    p,
  ]);
  const configs = [paths.appConfig, paths.benchConfig, databaseConfig].flatMap(
    c => ['--config', c],
  );
  const url = `http://localhost:${port}`;
  // From packages/backend, as `npm start` runs it: app-config's catalog paths are relative to it.
  const child = spawn(
    process.execPath,
    [...preloads, paths.backendEntry, ...configs],
    {
      cwd: path.join(paths.root, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        BENCH_PORT: String(port),
        BENCH_OIDC_ISSUER: oidc.issuer,
        BENCH_OIDC_CLIENT_SECRET: oidc.clientSecret,
        BENCH_SESSION_SECRET: sessionSecret,
        BENCH_MONITORING_TOKEN: monitoringToken,
        BENCH_EVENT_LOOP_FILE: loopFile,
        ...(profile && { BENCH_PROFILE_FILE: profileFile }),
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
  const stop = async () => {
    process.off('exit', orphan);
    for (const signal of ['SIGINT', 'SIGTERM'])
      process.off(signal, interrupted);
    child.kill('SIGTERM');
    await exited;
    fs.closeSync(log);
  };
  try {
    await waitFor(`${url}/.backstage/health/v1/readiness`, exited, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    pid: child.pid,
    logFile,
    eventLoop: eventLoopProbe(child.pid, loopFile),
    profiler: profile ? profiler(child.pid, profileFile, name) : undefined,
    stop,
  };
}

/** Provider accounts for the users the phases act as, matched to the catalog by email. */
const BENCH_USERS = ['li.na', 'wang.fang'];

async function benchOidcProvider(backendUrls) {
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
        redirect_uris: backendUrls.map(
          url => `${url}/api/auth/oidc/handler/frame`,
        ),
      },
    ],
    users,
  });
  return {
    issuer,
    clientSecret,
    close,
    /** A Backstage token of user:default/<name>, from the backend at `backendUrl`. */
    async signIn(backendUrl, userRef) {
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
  const ask = asker(pid, 'SIGUSR2', file, 'event loop probe');
  return async function take() {
    const taken = await ask();
    return { maxMs: taken.maxMs, p99Ms: taken.p99Ms };
  };
}

/**
 * Starts and stops the CPU profiler in the backend (profileProbe.cjs); `stop(phase)` returns the
 * path of the phase's profile, bench/.data/profile.<process>.<phase>.cpuprofile.
 */
function profiler(pid, file, name) {
  const ask = asker(pid, 'SIGWINCH', file, 'CPU profiler');
  return {
    start: ask,
    async stop(phase) {
      const { profile } = await ask();
      const kept = path.join(paths.data, `profile.${name}.${phase}.cpuprofile`);
      fs.renameSync(profile, kept);
      return kept;
    },
  };
}

/** Signals a probe of the backend and returns its next answer in `file`. */
function asker(pid, signal, file, what) {
  let seq = 0;
  return async function ask() {
    process.kill(pid, signal);
    const deadline = Date.now() + PROBE_TIMEOUT_MS;
    for (;;) {
      const answer = fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8'))
        : { seq };
      if (answer.seq > seq) {
        seq = answer.seq;
        if (answer.error)
          throw new Error(`the backend's ${what}: ${answer.error}`);
        return answer;
      }
      if (Date.now() > deadline)
        throw new Error(`the backend's ${what} did not answer`);
      await new Promise(r => setTimeout(r, 10));
    }
  };
}

/**
 * Samples the process's resident memory every 50 ms until stopped: start, peak and end in MB,
 * and the kernel's high-water mark since the process started (VmHWM).
 */
export function sampleRss(pid) {
  // A process that has exited (a zombie until reaped, then gone) has no memory: 0.
  const field = name => {
    const status = fs.existsSync(`/proc/${pid}/status`)
      ? fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      : '';
    const found = new RegExp(`${name}:\\s+(\\d+)`).exec(status);
    return found ? Number(found[1]) / 1024 : 0;
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
