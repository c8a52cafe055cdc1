// Where a profiled phase's time went: each sample of the backend's .cpuprofile (profileProbe.cjs)
// is put in the bucket of the first frame, from the leaf towards the root, that belongs to one —
// so zlib under compression is gzip, and a Node internal (streams, events) takes its caller's.
// V8 shows no frame for its builtins: JSON.stringify's time is its caller's, so only the callers
// named stringify or parse (express's res.json, body-parser, the loggers') count as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { paths } from './paths.mjs';
import { printTable } from './report.mjs';

const inModule = (...names) =>
  new RegExp(`/node_modules/(${names.join('|')})/`);
const inBackendDefaults = (...areas) =>
  new RegExp(
    `/node_modules/@backstage/backend-defaults/dist/entrypoints/(${areas.join(
      '|',
    )})/`,
  );
const named =
  (...names) =>
  frame =>
    names.includes(frame.functionName);
const at =
  (...patterns) =>
  frame =>
    patterns.some(p => p.test(frame.url));

/** In the order a frame is tried against them: the first that holds it wins. */
export const BUCKETS = [
  ['idle', named('(idle)')],
  ['GC', named('(garbage collector)')],
  ['V8 and native, no JS frame', named('(program)')],
  ['JSON', named('stringify', 'parse')],
  ['gzip (compression, zlib)', at(inModule('compression'), /^node:zlib$/)],
  ['JWT (jose)', at(inModule('jose', 'jsonwebtoken', 'jws', 'jwa'))],
  [
    'permission checks',
    frame =>
      frame.functionName === 'authorizeConditional' ||
      at(
        inModule('@backstage/plugin-permission-[^/]+'),
        inBackendDefaults('permissions', 'permissionsRegistry'),
        /\/plugins\/service-desk-backend\/dist\/permissions\//,
        /\/plugins\/permission-backend-module-service-desk-policy\//,
      )(frame),
  ],
  [
    'Backstage auth and logging',
    at(
      inBackendDefaults(
        'auth',
        'httpAuth',
        'userInfo',
        'auditor',
        'logger',
        'rootLogger',
      ),
      inModule(
        '@backstage/plugin-auth-node',
        '@backstage/plugin-auth-backend',
        'winston',
        'winston-transport',
        'logform',
        'triple-beam',
        'safe-stable-stringify',
        '@colors',
      ),
    ),
  ],
  [
    'database driver and knex',
    at(
      inModule(
        'pg',
        'pg-protocol',
        'pg-pool',
        'pg-types',
        'postgres-[^/]+',
        'knex',
        'tarn',
        'better-sqlite3',
      ),
      inBackendDefaults('database'),
    ),
  ],
  [
    'HTTP server and express',
    at(
      /^node:(_http_[a-z]+|http)$/,
      inBackendDefaults('rootHttpRouter', 'httpRouter'),
      inModule(
        'express',
        'express-promise-router',
        'router',
        'body-parser',
        'raw-body',
        'finalhandler',
        'on-finished',
        'on-headers',
        'helmet',
        'cors',
        'cookie',
        'cookie-parser',
        'qs',
        'type-is',
        'content-type',
        'mime-types',
        'accepts',
        'negotiator',
        'vary',
        'etag',
        'fresh',
        'send',
        'http-errors',
        'depd',
        'statuses',
        'parseurl',
        'path-to-regexp',
        'morgan',
        '@backstage/backend-openapi-utils',
      ),
    ),
  ],
  [
    'HTTP client (fetch)',
    at(
      /^node:internal\/deps\/undici\//,
      inModule('node-fetch', 'cross-fetch', 'undici'),
      inBackendDefaults('discovery'),
    ),
  ],
  [
    'catalog',
    at(
      inModule(
        '@backstage/plugin-catalog-backend',
        '@backstage/plugin-catalog-node',
        '@backstage/catalog-client',
        '@backstage/catalog-model',
      ),
    ),
  ],
  ['the product (plugins/service-desk-*)', at(/\/plugins\/service-desk-/)],
];
const OTHER = 'other';
const OTHER_TOP = 5;

const r1 = x => Math.round(x * 10) / 10;

/**
 * The buckets' share of the profiles' sampled time (several processes' samples add up), largest
 * first, and the functions that took most of "other".
 */
export function summariseProfiles(files) {
  const micros = new Map();
  const other = new Map();
  let samples = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
    const parent = new Map();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node);
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const bucketOf = new Map();
    const classify = node => {
      if (!bucketOf.has(node.id)) {
        let bucket = OTHER;
        for (let n = node; n && bucket === OTHER; n = parent.get(n.id))
          bucket = BUCKETS.find(([, test]) => test(n.callFrame))?.[0] ?? OTHER;
        bucketOf.set(node.id, bucket);
      }
      return bucketOf.get(node.id);
    };
    // A sample lasts until the next one is taken (as DevTools counts it); the last one is left out.
    for (let i = 0; i + 1 < profile.samples.length; i++) {
      const us = Math.max(0, profile.timeDeltas[i + 1]);
      const node = byId.get(profile.samples[i]);
      const bucket = classify(node);
      micros.set(bucket, (micros.get(bucket) ?? 0) + us);
      if (bucket === OTHER) {
        const where = functionOf(node, parent);
        other.set(where, (other.get(where) ?? 0) + us);
      }
      samples++;
    }
  }
  const sampled = [...micros.values()].reduce((a, b) => a + b, 0);
  const busy = sampled - (micros.get('idle') ?? 0);
  const share = (us, of) => (of > 0 ? r1((100 * us) / of) : 0);
  return {
    files: files.map(f => path.relative(paths.root, f)),
    samples,
    sampledMs: Math.round(sampled / 1000),
    busyPct: share(busy, sampled),
    buckets: [...micros]
      .sort((a, b) => b[1] - a[1])
      .map(([bucket, us]) => ({
        bucket,
        ms: Math.round(us / 1000),
        pct: share(us, sampled),
        busyPct: bucket === 'idle' ? null : share(us, busy),
      })),
    otherTop: [...other]
      .sort((a, b) => b[1] - a[1])
      .slice(0, OTHER_TOP)
      .map(([fn, us]) => ({
        function: fn,
        ms: Math.round(us / 1000),
        pct: share(us, sampled),
      })),
  };
}

/** The sample's function and where it is: the nearest frame with a script, for a native leaf. */
function functionOf(node, parent) {
  let located = node;
  while (located && !located.callFrame.url) located = parent.get(located.id);
  const name = f => f.callFrame.functionName || '(anonymous)';
  const leaf =
    located === node || !located
      ? name(node)
      : `${name(node)} in ${name(located)}`;
  if (!located) return leaf;
  const { url, lineNumber } = located.callFrame;
  return `${leaf} (${shortUrl(url)}:${lineNumber + 1})`;
}

/** A module's path from its package on, a Node internal as Node names it. */
function shortUrl(url) {
  const file = url.replace(/^file:\/\//, '');
  const i = file.lastIndexOf('/node_modules/');
  if (i >= 0) return file.slice(i + '/node_modules/'.length);
  return file.startsWith('/') ? path.relative(paths.root, file) : file;
}

/** One table for each profiled phase of `phases`, after the run's own table. */
export function printProfiles({ phases }) {
  const profiled = Object.entries(phases).filter(([, v]) => v.profile);
  for (const [name, { profile }] of profiled) {
    printTable(
      `CPU profile of the backend in ${name}: ${profile.samples} samples over ${
        profile.sampledMs
      } ms, busy ${profile.busyPct} % (${profile.files.join(', ')})`,
      profile.buckets.map(b => ({
        bucket: b.bucket,
        ms: b.ms,
        '% of sampled': b.pct,
        '% of busy': b.busyPct ?? '',
      })),
    );
    console.log(
      `"other", its largest functions: ${profile.otherTop
        .map(f => `${f.function} ${f.pct} %`)
        .join('; ')}`,
    );
  }
  if (profiled.length > 0)
    console.log(
      `profiled phases (${profiled
        .map(([name]) => name)
        .join(
          ', ',
        )}) ran under V8's sampling profiler: their rates are lower and latencies higher than an unprofiled run's`,
    );
}
