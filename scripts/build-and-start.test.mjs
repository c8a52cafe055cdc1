// `npm run test:production`: the deployment as README.md → Deploying documents it. Runs
// `npm run build`'s script, starts the result with `npm run start:production`'s script
// (NODE_ENV=production, app-config.yaml + app-config.production.yaml, settings from the environment)
// on the PostgreSQL server of this machine (127.0.0.1:5432, fresh databases, dropped afterwards)
// against a real OpenID Connect provider on loopback, and checks that it serves the portal's
// frontend and its API, closed to anyone the provider and the catalog do not both know. With
// Chromium (/usr/bin/chromium, installed by e2e/run.sh) a person also signs in through the page.
import { spawn, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import {
  signInThroughOidc,
  startLoopbackOidcProvider,
} from './loopback-oidc-provider.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgServer = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};
const users = {
  'li.na': { password: crypto.randomUUID(), email: 'li.na@example.com' },
  'wang.fang': {
    password: crypto.randomUUID(),
    email: 'wang.fang@example.com',
  },
};
const prefix = `sd_build_test_${crypto.randomBytes(4).toString('hex')}_`;
const secrets = {
  AUTH_SESSION_SECRET: crypto.randomBytes(24).toString('base64url'),
  OIDC_CLIENT_SECRET: crypto.randomBytes(24).toString('base64url'),
  TELEPHONE_SYSTEM_TOKEN: crypto.randomBytes(24).toString('base64url'),
  MONITORING_SYSTEM_TOKEN: crypto.randomBytes(24).toString('base64url'),
};

let backend;
let provider;
let baseUrl;
let output = '';

before(async () => {
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/build-production.mjs')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(
    build.status,
    0,
    `npm run build failed:\n${build.stdout?.slice(
      -3000,
    )}\n${build.stderr?.slice(-3000)}`,
  );
  console.log(
    build.stdout
      .split('\n')
      .filter(l => l.startsWith('build:'))
      .join('\n'),
  );
  console.log(
    `build-and-start: built in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  provider = await startLoopbackOidcProvider({
    clients: [
      {
        client_id: 'service-desk',
        client_secret: secrets.OIDC_CLIENT_SECRET,
        redirect_uris: [`${baseUrl}/api/auth/oidc/handler/frame`],
      },
    ],
    users,
  });

  const startedBackend = Date.now();
  backend = spawn('bash', [path.join(root, 'scripts/start-production.sh')], {
    detached: true,
    env: {
      ...process.env,
      APP_BASE_URL: baseUrl,
      BACKEND_BASE_URL: baseUrl,
      BACKEND_PORT: String(port),
      BACKEND_LISTEN_HOST: '127.0.0.1',
      POSTGRES_HOST: pgServer.host,
      POSTGRES_PORT: String(pgServer.port),
      POSTGRES_USER: pgServer.user,
      POSTGRES_PASSWORD: pgServer.password,
      POSTGRES_DATABASE_PREFIX: prefix,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'service-desk',
      ...secrets,
    },
  });
  backend.stdout.on('data', d => (output += d));
  backend.stderr.on('data', d => (output += d));
  await waitFor(
    async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok,
    120_000,
  ).catch(e => {
    throw new Error(`${e.message}\n${output.slice(-4000)}`);
  });
  console.log(
    `build-and-start: ready in ${((Date.now() - startedBackend) / 1000).toFixed(
      0,
    )} s`,
  );
});

after(async () => {
  if (backend?.pid) {
    try {
      process.kill(-backend.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise(r => setTimeout(r, 2000));
  }
  await provider?.close();
  const client = new pg.Client({ ...pgServer, database: 'postgres' });
  await client.connect();
  const { rows } = await client.query(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [prefix],
  );
  for (const { datname } of rows) {
    await client.query(
      `DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`,
    );
  }
  await client.end();
});

test('serves the built frontend through app-backend, configured for production', async () => {
  const res = await fetch(`${baseUrl}/service-desk`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/html/);
  const html = await res.text();
  assert.match(html, /<title>服务台 Service Desk<\/title>/);
  const script = /<script defer src="(\/static\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(script, 'index.html loads the bundle');
  assert.equal((await fetch(`${baseUrl}${script}`)).status, 200);
  // The runtime config app-backend injects: this deployment's, with no secrets.
  const injected = JSON.parse(
    /<script type="backstage.io\/config">([\s\S]*?)<\/script>/.exec(html)[1],
  );
  const frontendConfig = Object.assign({}, ...injected.map(c => c.data));
  assert.equal(frontendConfig.auth.environment, 'production');
  assert.equal(frontendConfig.app.baseUrl, baseUrl);
  for (const secret of Object.values(secrets))
    assert.ok(!html.includes(secret));
});

test('has no guest and no demo sign-in; a token comes only through the OpenID provider', async () => {
  const refresh = (p, headers = {}) =>
    fetch(`${baseUrl}/api/auth/${p}/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest', ...headers },
    });
  assert.equal((await refresh('guest')).status, 404);
  assert.equal(
    (
      await refresh('serviceDeskDemo', {
        'x-service-desk-demo-user': 'user:default/wang.fang',
      })
    ).status,
    404,
  );
  assert.equal((await fetch(`${baseUrl}/api/service-desk/me`)).status, 401);

  let identity;
  await waitFor(async () => {
    identity = await signInThroughOidc({
      backendUrl: baseUrl,
      login: 'li.na',
      password: users['li.na'].password,
    });
    return true;
  }, 90_000);
  const me = await fetch(`${baseUrl}/api/service-desk/me`, {
    headers: { authorization: `Bearer ${identity.token}` },
  });
  assert.deepEqual(await me.json(), {
    userRef: 'user:default/li.na',
    roles: ['agent'],
  });
});

test(
  'a person signs in through the page and the provider in Chromium',
  { skip: !fs.existsSync(CHROMIUM) && `no ${CHROMIUM}` },
  async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${baseUrl}/service-desk`);
      await page.getByText('单点登录 Single sign-on').waitFor();
      // Backstage's sign-in page first asks for an existing session (the optional refresh): the
      // click comes once that has answered, as a person's would.
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByText('演示登录 Demo sign-in').count(), 0);
      // The provider's window, as a page of the browser context.
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: /sign in/i }).click(),
      ]);
      await popup.getByLabel('Login').fill('wang.fang');
      await popup.getByLabel('Password').fill(users['wang.fang'].password);
      await popup.getByRole('button', { name: 'Sign in' }).click();
      // Signed in, the portal asks the desk API who this is, with the Backstage token it received.
      const me = await page.waitForResponse(
        r => r.url().endsWith('/api/service-desk/me') && r.status() === 200,
      );
      assert.deepEqual(await me.json(), {
        userRef: 'user:default/wang.fang',
        roles: ['lead'],
      });
    } finally {
      await browser.close();
    }
  },
);

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise(r => setTimeout(r, 1000));
  }
}
