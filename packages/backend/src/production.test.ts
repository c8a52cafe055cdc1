import { ChildProcess, spawn } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { freePort, waitFor } from './testProcess';

jest.setTimeout(240_000);

const repoRoot = path.resolve(__dirname, '../../..');
const pgServer = {
  host: '127.0.0.1',
  port: 5432,
  user: 'postgres',
  password: '',
};

// Provider accounts. The first two are catalog users (examples/org.yaml, by email); the third has an
// account at the provider but no User entity, as a former employee would.
const users = {
  'li.na': {
    password: crypto.randomUUID(),
    email: 'li.na@example.com',
    name: '李娜 Li Na',
  },
  'wang.fang': {
    password: crypto.randomUUID(),
    email: 'wang.fang@example.com',
  },
  'former.employee': {
    password: crypto.randomUUID(),
    email: 'former.employee@example.com',
  },
};

/**
 * Starts the portal backend as a deployment runs it: NODE_ENV=production, app-config.yaml then
 * app-config.production.yaml with its settings from the environment (PostgreSQL on this machine,
 * a fresh set of databases), against a real OpenID Connect provider on loopback (the npm package
 * oidc-provider, scripts/loopback-oidc-provider.mjs). Proves that guest and demo sign-in are
 * absent, that people sign in through the provider as their catalog user with their desk roles,
 * and that nobody else gets in.
 */
describe('the portal backend in production', () => {
  const children: ChildProcess[] = [];
  let output = '';
  let baseUrl: string;
  const telephoneToken = crypto.randomBytes(24).toString('base64url');
  const monitoringToken = crypto.randomBytes(24).toString('base64url');
  const databasePrefix = `sd_production_test_${crypto
    .randomBytes(4)
    .toString('hex')}_`;
  const dataDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'service-desk-production-'),
  );
  let usesPostgres = false;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;

    const providerOptions = path.join(dataDir, 'oidc-provider.json');
    const clientSecret = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(
      providerOptions,
      JSON.stringify({
        clients: [
          {
            client_id: 'service-desk',
            client_secret: clientSecret,
            redirect_uris: [`${baseUrl}/api/auth/oidc/handler/frame`],
          },
        ],
        users,
      }),
    );
    const provider = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'scripts/loopback-oidc-provider.mjs'),
        providerOptions,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.push(provider);
    const issuer = await new Promise<string>((resolve, reject) => {
      let line = '';
      provider.stdout!.on('data', d => {
        line += d;
        if (line.includes('\n'))
          resolve(JSON.parse(line.split('\n')[0]).issuer);
      });
      provider.once('exit', code =>
        reject(new Error(`the OpenID provider exited with ${code}`)),
      );
    });

    usesPostgres = await reachable(pgServer.host, pgServer.port);
    const configs = [
      '../../app-config.yaml',
      '../../app-config.production.yaml',
    ];
    if (!usesPostgres) {
      // Without a PostgreSQL server (a bare machine running `npm test`) the rest still holds.
      console.warn(
        `no PostgreSQL on ${pgServer.host}:${pgServer.port}; this run uses SQLite instead`,
      );
      const sqlite = path.join(dataDir, 'app-config.sqlite.yaml');
      fs.writeFileSync(
        sqlite,
        `backend:\n  database:\n    client: better-sqlite3\n    connection: { directory: ${JSON.stringify(
          dataDir,
        )} }\n`,
      );
      configs.push(sqlite);
    }

    const backend = spawn(
      'backstage-cli',
      ['package', 'start', ...configs.flatMap(c => ['--config', c])],
      {
        cwd: path.resolve(__dirname, '..'),
        detached: true,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          APP_BASE_URL: baseUrl,
          BACKEND_BASE_URL: baseUrl,
          BACKEND_PORT: String(port),
          BACKEND_LISTEN_HOST: '127.0.0.1',
          POSTGRES_HOST: pgServer.host,
          POSTGRES_PORT: String(pgServer.port),
          POSTGRES_USER: pgServer.user,
          POSTGRES_PASSWORD: pgServer.password,
          POSTGRES_DATABASE_PREFIX: databasePrefix,
          AUTH_SESSION_SECRET: crypto.randomBytes(24).toString('base64url'),
          OIDC_ISSUER_URL: issuer,
          OIDC_CLIENT_ID: 'service-desk',
          OIDC_CLIENT_SECRET: clientSecret,
          TELEPHONE_SYSTEM_TOKEN: telephoneToken,
          MONITORING_SYSTEM_TOKEN: monitoringToken,
        },
      },
    );
    children.push(backend);
    backend.stdout!.on('data', d => (output += d));
    backend.stderr!.on('data', d => (output += d));
    try {
      await waitFor(
        async () =>
          (
            await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
          ).ok,
        150_000,
      );
    } catch (error) {
      throw new Error(
        `the backend did not start: ${error}\n${output.slice(-4000)}`,
      );
    }
  });

  afterAll(async () => {
    const [provider, backend] = children;
    if (backend?.pid) process.kill(-backend.pid, 'SIGTERM');
    provider?.kill('SIGTERM');
    await new Promise(r => setTimeout(r, 2000));
    if (usesPostgres) await dropDatabases(databasePrefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no guest and no demo sign-in, whatever app-config.yaml configures', async () => {
    expect(output).not.toMatch(/startup failed/);
    const guest = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(guest.status).toBe(404);
    const demo = await fetch(`${baseUrl}/api/auth/serviceDeskDemo/refresh`, {
      headers: {
        'x-requested-with': 'XMLHttpRequest',
        'x-service-desk-demo-user': 'user:default/wang.fang',
      },
    });
    expect(demo.status).toBe(404);
    // And without a token the desk answers nothing.
    expect((await fetch(`${baseUrl}/api/service-desk/me`)).status).toBe(401);
  });

  it('signs people in through the OpenID provider as their catalog user, with their desk roles', async () => {
    // The catalog reads examples/org.yaml a few seconds after start-up; until then nobody matches.
    let identity: any;
    await waitFor(async () => {
      identity = await signInThroughOidc(
        baseUrl,
        'li.na',
        users['li.na'].password,
      );
      return true;
    }, 90_000);
    expect(identity.identity).toMatchObject({
      type: 'user',
      userEntityRef: 'user:default/li.na',
    });
    expect(identity.identity.ownershipEntityRefs).toContain(
      'group:default/desk-agents',
    );
    const me = async (token: string) =>
      (
        await fetch(`${baseUrl}/api/service-desk/me`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json();
    expect(await me(identity.token)).toEqual({
      userRef: 'user:default/li.na',
      roles: ['agent'],
    });

    const lead = await signInThroughOidc(
      baseUrl,
      'wang.fang',
      users['wang.fang'].password,
    );
    expect(await me(lead.token)).toEqual({
      userRef: 'user:default/wang.fang',
      roles: ['lead'],
    });

    // serviceDesk.demoData is off: a deployment starts with no tickets.
    const page = await (
      await fetch(`${baseUrl}/api/service-desk/tickets?limit=1`, {
        headers: { authorization: `Bearer ${lead.token}` },
      })
    ).json();
    expect(page.totalCount).toBe(0);
  });

  it('refuses a provider account without a catalog user, and a wrong password', async () => {
    await expect(
      signInThroughOidc(
        baseUrl,
        'former.employee',
        users['former.employee'].password,
      ),
    ).rejects.toThrow(/refresh after sign-in as former.employee: 401/);
    await expect(
      signInThroughOidc(baseUrl, 'li.na', 'not-her-password'),
    ).rejects.toThrow(/login form: 401.*Wrong login name or password/s);
  });

  it("accepts the telephone system's static token as a service principal", async () => {
    const catalog = (token: string) =>
      fetch(`${baseUrl}/api/catalog/entities/by-query?limit=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await catalog(telephoneToken)).status).toBe(200);
    expect((await catalog(`${telephoneToken}x`)).status).toBe(401);
    // And is the writer serviceDesk.calls.writers names.
    const calls = await fetch(`${baseUrl}/api/service-desk/calls`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${telephoneToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        calls: [{ callId: 'P1', ringAt: new Date().toISOString() }],
      }),
    });
    expect(calls.status).toBe(201);
  });

  it("takes alerts with the monitoring system's static token, one ticket for a burst", async () => {
    const alert = (token: string) =>
      fetch(`${baseUrl}/api/service-desk/alerts`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          fingerprint: 'ems-scada/telemetry-stale',
          service: 'component:default/ems-scada',
          severity: 'major',
          summary: 'EMS 主站 SCADA 全部遥测不刷新',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      });
    const first = await alert(monitoringToken);
    expect(first.status).toBe(201);
    const opened = await first.json();
    const again = await alert(monitoringToken);
    expect(again.status).toBe(200);
    expect((await again.json()).ticket.id).toBe(opened.ticket.id);
    // The telephone system is not the monitoring system.
    expect((await alert(telephoneToken)).status).toBe(403);
  });
});

/**
 * What a browser's sign-in popup does: the backend's /start redirects to the provider, whose login
 * form posts back and redirects to the backend's /handler/frame, which sets the session cookie that
 * /refresh exchanges for a Backstage token. Cookies are kept per host.
 */
async function signInThroughOidc(
  baseUrl: string,
  login: string,
  password: string,
) {
  const jar = new Map<string, Map<string, string>>();
  const go = async (url: string, init: RequestInit = {}) => {
    const host = new URL(url).host;
    const cookies = jar.get(host) ?? new Map<string, string>();
    jar.set(host, cookies);
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      if (
        attributes.some(a =>
          /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a),
        )
      )
        cookies.delete(name);
      else cookies.set(name, pair.slice(pair.indexOf('=') + 1).trim());
    }
    return { res, url };
  };
  const follow = async (step: { res: Response; url: string }) => {
    let current = step;
    while (current.res.status >= 300 && current.res.status < 400) {
      current = await go(
        new URL(current.res.headers.get('location')!, current.url).href,
      );
    }
    return current;
  };

  const auth = `${baseUrl}/api/auth/oidc`;
  const loginPage = await follow(await go(`${auth}/start?env=production`));
  const html = await loginPage.res.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action)
    throw new Error(
      `expected the provider's login form, got ${
        loginPage.res.status
      }: ${html.slice(0, 500)}`,
    );
  const frame = await follow(
    await go(new URL(action, loginPage.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login, password }).toString(),
    }),
  );
  const frameHtml = await frame.res.text();
  if (!frame.url.startsWith(`${auth}/handler/frame`)) {
    throw new Error(
      `login form: ${frame.res.status} ${frameHtml.slice(0, 500)}`,
    );
  }
  const refresh = await go(`${auth}/refresh?env=production`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!refresh.res.ok) {
    throw new Error(
      `refresh after sign-in as ${login}: ${
        refresh.res.status
      } ${await refresh.res.text()}`,
    );
  }
  return (await refresh.res.json()).backstageIdentity;
}

async function dropDatabases(prefix: string) {
  const db = knexFactory({
    client: 'pg',
    connection: { ...pgServer, database: 'postgres' },
  });
  try {
    const { rows } = await db.raw(
      'SELECT datname FROM pg_database WHERE starts_with(datname, ?)',
      [prefix],
    );
    for (const { datname } of rows as Array<{ datname: string }>) {
      await db.raw(
        `DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`,
      );
    }
  } finally {
    await db.destroy();
  }
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}
