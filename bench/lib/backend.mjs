// The production backend in its own process, on the run's database, and its memory as the
// kernel counts it (/proc/<pid>/status), so phases can report their peak RSS.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { pgUrl } from './db.mjs';
import { paths } from './paths.mjs';

const START_TIMEOUT_MS = 180_000;

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
  const configs = [paths.appConfig, paths.benchConfig, databaseConfig].flatMap(
    c => ['--config', c],
  );
  // From packages/backend, as `npm start` runs it: app-config's catalog paths are relative to it.
  const child = spawn(process.execPath, [paths.backendEntry, ...configs], {
    cwd: path.join(paths.root, 'packages/backend'),
    env: { ...process.env, NODE_ENV: 'production', BENCH_PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise(resolve => child.once('exit', resolve));
  // A benchmark that dies or is stopped must not leave its backend holding the port and database.
  const orphan = () => child.kill('SIGKILL');
  const interrupted = () => process.exit(130);
  process.once('exit', orphan);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, interrupted);
  const url = `http://localhost:${port}`;
  await waitFor(`${url}/.backstage/health/v1/readiness`, exited, logFile);
  return {
    url,
    pid: child.pid,
    logFile,
    async stop() {
      process.off('exit', orphan);
      for (const signal of ['SIGINT', 'SIGTERM'])
        process.off(signal, interrupted);
      child.kill('SIGTERM');
      await exited;
      fs.closeSync(log);
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
