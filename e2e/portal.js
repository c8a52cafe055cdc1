// Starts the portal for the browser test and stops it again; the test owns this process tree.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const APP = 'http://localhost:3013';
const BACKEND = 'http://localhost:7013';

async function waitFor(check, timeoutMs, what, alive = () => true) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive())
      throw new Error(`the portal exited while waiting for ${what}`);
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function startPortal() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-e2e-'));
  let output = '';
  const child = spawn(
    'backstage-cli',
    [
      'repo',
      'start',
      '--config',
      path.join(ROOT, 'app-config.yaml'),
      '--config',
      path.join(ROOT, 'e2e/app-config.e2e.yaml'),
    ],
    {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, SERVICE_DESK_E2E_DATA: dataDir, BROWSER: 'none' },
    },
  );
  child.stdout.on('data', d => (output += d));
  child.stderr.on('data', d => (output += d));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise(r => setTimeout(r, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const alive = () => child.exitCode === null;
    await waitFor(
      async () => (await fetch(`${BACKEND}/.backstage/health/v1/readiness`)).ok,
      180_000,
      'the backend',
      alive,
    );
    await waitFor(
      async () => (await fetch(APP)).ok,
      300_000,
      'the frontend dev server',
      alive,
    );
  } catch (e) {
    await stop();
    throw new Error(
      `${e.message}\n--- portal output ---\n${output.slice(-4000)}`,
    );
  }
  return { stop, output: () => output };
}

module.exports = { startPortal, waitFor, APP, BACKEND, ROOT };
