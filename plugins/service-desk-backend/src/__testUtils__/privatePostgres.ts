import { execFile, execFileSync } from 'child_process';
import fs from 'fs/promises';
import net from 'net';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);

/**
 * The folder of the PostgreSQL server binaries (Debian's package names it through `pg_config`),
 * or undefined when initdb and pg_ctl are not installed.
 */
export function postgresBinDir(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
    }).trim();
    execFileSync(path.join(dir, 'initdb'), ['--version']);
    execFileSync(path.join(dir, 'pg_ctl'), ['--version']);
    return dir;
  } catch {
    return undefined;
  }
}

export interface PrivatePostgres {
  connection: { host: string; port: number; user: string };
  /** `pg_ctl stop -m fast`: sessions are ended and the server refuses new ones. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its folder. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL cluster of the test's own in a temporary folder, on a free loopback port with
 * trust authentication, so a test may stop it without touching the machine's shared server.
 * PostgreSQL refuses to run as root: when the test runs as root, the cluster belongs to the
 * `postgres` system user and its commands run through `runuser`.
 */
export async function startPrivatePostgres(
  binDir: string,
): Promise<PrivatePostgres> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'desk-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owned = (cmd: string, args: string[]) =>
    asRoot
      ? run('runuser', [
          '-u',
          'postgres',
          '--',
          path.join(binDir, cmd),
          ...args,
        ])
      : run(path.join(binDir, cmd), args);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const serverOptions = [
    "-c listen_addresses='127.0.0.1'",
    `-c port=${port}`,
    `-c unix_socket_directories='${dir}'`,
  ].join(' ');
  const pgCtl = (...args: string[]) =>
    owned('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      ...args,
    ]);

  try {
    if (asRoot) await run('chown', ['postgres:', dir]);
    await owned('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    await pgCtl('-o', serverOptions, 'start');
  } catch (e) {
    await fs.rm(dir, { recursive: true, force: true });
    throw e;
  }

  return {
    connection: { host: '127.0.0.1', port, user: 'postgres' },
    stop: () => pgCtl('-m', 'fast', 'stop').then(() => undefined),
    start: () => pgCtl('-o', serverOptions, 'start').then(() => undefined),
    async remove() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
