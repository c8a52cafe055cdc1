import { entityRefSchema } from '@internal/plugin-service-desk-common';
import fc from 'fast-check';

/**
 * Values an attacker or a broken client sends, for the property tests of src/security: each
 * arbitrary yields only values the field must refuse, so any 2xx is a defect.
 */

/** Strings that break naive SQL, LIKE patterns, templates, paths and HTML, and text PostgreSQL cannot store. */
export const INJECTIONS = [
  "'; drop table service_desk_tickets; --",
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '%_\\%',
  '" OR ""="',
  '${process.exit()}',
  '{{7*7}}',
  '../../etc/passwd',
  '<img src=x onerror=alert(1)>',
  'a\u0000b',
  '\ud800',
  '\u202etxt.exe',
  '[object Object]',
];

/** Keys that pollute prototypes when merged naively; the value is a canary the test looks for. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
export const CANARY = { polluted: 'yes' };

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array';

const typeOf = (v: unknown): JsonType | 'null' => {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : (typeof v as JsonType);
};

/** Any JSON value of another type than the field's (null included). */
export const wrongType = (expected: JsonType) =>
  fc
    .oneof(
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), {
        maxKeys: 2,
      }),
    )
    .filter(v => typeOf(v) !== expected);

/** Longer than `max` characters, whatever they are. */
export const oversized = (max: number, char = 'x') =>
  fc.nat({ max: 1000 }).map(n => char.repeat(max + 1 + n));

/** Text with a NUL character somewhere in it. */
export const withNul = fc
  .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
  .map(([a, b]) => `x${a}\u0000${b}`);

/** Empty once trimmed. */
export const blank = fc.constantFrom('', ' ', '\t\n', '\u3000');

/** A text field of at most `max` characters. */
export const badText = (max: number, required = true) =>
  fc.oneof(
    wrongType('string'),
    oversized(max),
    withNul,
    ...(required ? [blank] : []),
  );

/** A string that is none of `allowed` (compared the way the schemas compare: trimmed, exact). */
export const notOneOf = (allowed: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom(...INJECTIONS),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...allowed).map(a => a.toUpperCase()),
      wrongType('string'),
    )
    .filter(v => typeof v !== 'string' || !allowed.includes(v.trim()));

/** Instants that are malformed, lack a zone, or name a day or time that does not exist. */
export const BAD_INSTANTS = [
  '2026-02-30T00:00:00Z',
  '2026-04-31T08:00:00+08:00',
  '2026-13-01T00:00:00Z',
  '2026-00-10T00:00:00Z',
  '2026-01-01T25:00:00Z',
  '2026-01-01T12:61:00Z',
  '2026-11-28T10:00:00',
  '2026-11-28T10:00:00 Asia/Shanghai',
  '2026-11-28T10:00:00+08:00[Asia/Shanghai]',
  '2026-11-28T10:00:00+25:00',
  '2026-11-28',
  '+002026-11-28T10:00:00Z',
  '28/11/2026 10:00',
  'yesterday',
  '1764324000000',
];
export const badInstant = fc.oneof(
  fc.constantFrom(...BAD_INSTANTS),
  fc.constantFrom(...INJECTIONS),
  wrongType('string'),
);

/** Local dates (yyyy-MM-dd) that are malformed or do not exist. */
export const badLocalDate = fc.oneof(
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '2026-1-1',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    '2026/01/01',
    '',
  ),
  fc.constantFrom(...INJECTIONS),
  wrongType('string'),
);

/** Strings that are no entity ref at all (checked with the schema the backend uses). */
export const badEntityRef = fc
  .oneof(
    fc.constantFrom(
      '',
      'zhou.xin',
      'user:',
      'user:default/',
      ':default/x',
      'user:a:b/c',
      ...INJECTIONS,
    ),
    oversized(300).map(s => `user:default/${s}`),
    wrongType('string'),
  )
  .filter(v => !entityRefSchema.safeParse(v).success);

/** Strings that are no user ref: the above, and refs of another kind. */
export const badUserRef = fc.oneof(
  badEntityRef,
  fc.constantFrom('group:default/desk-agents', 'component:default/ems-scada'),
);

/** Ids (positive integers as strings, at most 18 digits) that are not ids. */
export const badId = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '01',
    '1.5',
    '1e3',
    '0x10',
    '99999999999999999999',
    '1 OR 1=1',
    '1;drop',
    ' 1',
    '',
  ),
  wrongType('string'),
);

/**
 * Path segments for an id: the above, and injections, URL-encoded. An empty segment is left out
 * (it routes to no endpoint at all), and so is a lone surrogate, which no URL can carry.
 */
export const badPathSegment = fc
  .oneof(badId, fc.constantFrom(...INJECTIONS))
  .map(v => (typeof v === 'string' ? v : JSON.stringify(v)))
  .filter(s => s !== '' && !/[\ud800-\udfff]/.test(s))
  .map(encodeURIComponent);

/** A JSON body text that is not an object: other types, broken JSON, deep nesting, huge arrays. */
export const garbageJson = fc.oneof(
  fc
    .jsonValue({ maxDepth: 2 })
    .filter(v => typeOf(v) !== 'object')
    .map(v => JSON.stringify(v)),
  fc.constantFrom(
    '',
    '{',
    '{"a":}',
    "{'a':1}",
    'NaN',
    '\u0000',
    '{"a":1}}',
    '\ufeff{}x',
  ),
  fc
    .integer({ min: 1_000, max: 50_000 })
    .map(n => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc
    .integer({ min: 1_000, max: 20_000 })
    .map(n => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.integer({ min: 10_000, max: 200_000 }).map(n => `[${'0,'.repeat(n)}0]`),
);

/** Phone numbers with letters or other signs, or too long. */
export const badPhone = fc.oneof(
  fc.constantFrom('call me', '0571-8888 1234 ext. 5', ...INJECTIONS),
  oversized(40, '1'),
  wrongType('string'),
);
