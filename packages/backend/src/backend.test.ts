import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { freePort, waitFor } from './testProcess';

/** The demo's 36 imported tickets and the one its monitoring alerts open. */
const DEMO_TICKETS = 37;

jest.setTimeout(180_000);

/**
 * Starts the whole portal backend the way `npm start` does (app-config.yaml, every plugin of
 * src/index.ts, SQLite in a fresh folder) and checks that it serves the service desk with the
 * demo data. Catches mixed Backstage releases, which fail at start-up rather than in unit tests.
 */
describe('the portal backend', () => {
  let child: ChildProcess;
  let output = '';
  let baseUrl: string;
  const dataDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'service-desk-backend-'),
  );

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const overrides = path.join(dataDir, 'app-config.test.yaml');
    fs.writeFileSync(
      overrides,
      [
        'backend:',
        `  baseUrl: ${baseUrl}`,
        `  listen: { port: ${port}, host: 127.0.0.1 }`,
        '  database:',
        '    client: better-sqlite3',
        `    connection: { directory: ${JSON.stringify(dataDir)} }`,
      ].join('\n'),
    );
    child = spawn(
      'backstage-cli',
      [
        'package',
        'start',
        '--config',
        '../../app-config.yaml',
        '--config',
        overrides,
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        detached: true,
        env: { ...process.env, NODE_ENV: 'development' },
      },
    );
    child.stdout!.on('data', d => (output += d));
    child.stderr!.on('data', d => (output += d));
    await waitFor(
      async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok,
      120_000,
    );
  });

  afterAll(async () => {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise(r => setTimeout(r, 1000));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts every plugin and serves the demo desk to the signed-in lead', async () => {
    expect(output).not.toMatch(/startup failed/);
    const refresh = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(refresh.status).toBe(200);
    const token = (await refresh.json()).backstageIdentity.token;
    const get = (p: string) =>
      fetch(`${baseUrl}/api/service-desk${p}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    const me = await (await get('/me')).json();
    expect(me).toEqual({ userRef: 'user:default/wang.fang', roles: ['lead'] });

    let page: any;
    await waitFor(async () => {
      page = await (await get('/tickets?limit=100')).json();
      // The demo's outage comes last: its alerts open the one ticket on the monitoring channel.
      return page.items?.some((t: any) => t.channel === 'monitoring');
      // The demo loader retries every 15 s until the catalog has read examples/; on a busy 2-core
      // machine (other suites start backends at the same time) that can take more than a minute.
    }, 120_000);
    expect(page.totalCount).toBe(DEMO_TICKETS);
    const states = new Set(page.items.map((t: any) => t.state));
    for (const s of [
      'new',
      'with_pm',
      'with_engineer',
      'with_tech_support',
      'resolved',
      'awaiting_callback',
      'closed',
    ]) {
      expect(states).toContain(s);
    }
    expect(
      page.items.some((t: any) => t.routingSource === 'fallback_lead'),
    ).toBe(true);

    // The demo's calls and assessment items arrive after the tickets; the year's scorecard
    // then has figures behind the answer rate.
    const year = new Date().getUTCFullYear();
    let report: any;
    await waitFor(async () => {
      report = await (await get(`/scorecard?kind=year&period=${year}`)).json();
      return (
        report.serviceLevels?.find((r: any) => r.id === 'phoneAnswerRate')
          ?.counts?.of > 0
      );
    }, 60_000);
    expect(report.ruleSetYear).toBe(2026);
    expect(report.operational.maximum).toBe(100);
    expect(report.customerService.maximum).toBe(70);
  });

  it("offers the desk's operations to assistants as MCP tools, run as the signed-in user", async () => {
    const refresh = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    const token = (await refresh.json()).backstageIdentity.token;
    const mcp = async (method: string, params: object = {}) => {
      const res = await fetch(`${baseUrl}/api/mcp-actions/v1`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      });
      expect(res.status).toBe(200);
      // The stateless transport answers as a server-sent event stream.
      const data = (await res.text())
        .split('\n')
        .filter(l => l.startsWith('data: '))
        .pop()!;
      return JSON.parse(data.slice('data: '.length)).result;
    };

    const { tools } = await mcp('tools/list');
    expect(
      tools
        .map((t: any) => t.name)
        .filter((n: string) => n.startsWith('service-desk.'))
        .sort(),
    ).toEqual([
      'service-desk.act-on-ticket',
      'service-desk.get-ticket',
      'service-desk.list-tickets',
      'service-desk.open-ticket',
      'service-desk.read-scorecard',
    ]);
    const listed = await mcp('tools/call', {
      name: 'service-desk.list-tickets',
      arguments: { limit: 1 },
    });
    expect(listed.isError).toBeFalsy();
    expect(listed.structuredContent.totalCount).toBe(DEMO_TICKETS);
  });

  it('signs in as the demo user the sign-in page picked, with their desk roles', async () => {
    const signIn = (user: string) =>
      fetch(`${baseUrl}/api/auth/serviceDeskDemo/refresh`, {
        headers: {
          'x-requested-with': 'XMLHttpRequest',
          'x-service-desk-demo-user': user,
        },
      });
    // 404 until the catalog has read examples/org.yaml.
    let refresh: Response | undefined;
    await waitFor(
      async () => (refresh = await signIn('user:default/li.na')).status !== 404,
      60_000,
    );
    expect(refresh!.status).toBe(200);
    const token = (await refresh!.json()).backstageIdentity.token;
    const me = await fetch(`${baseUrl}/api/service-desk/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toEqual({
      userRef: 'user:default/li.na',
      roles: ['agent'],
    });

    const malformed = await signIn('li.na');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(
      /user:default\/<name>/,
    );
  });
});
