import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { createRouter } from '../http/router';
import { newTicket } from '../__testUtils__/ticketInput';

const AGENT = 'user:default/li.na';
const LEAD = 'user:default/wang.fang';
const PM = 'user:default/zhang.wei';
const ENGINEER = 'user:default/ma.chao';

/** The request bodies the route tests send (router, import, calls, permission matrix), as sent. */
const BODIES: Array<[string, string, object]> = [
  ['POST', '/tickets', newTicket()],
  [
    'POST',
    '/tickets',
    newTicket({ channel: 'portal', reporter: { name: 'Self service' } }),
  ],
  ['POST', '/tickets', newTicket({ callId: 'P1' })],
  [
    'POST',
    '/tickets',
    newTicket({ emergency: true, occurredAt: '2026-11-02T01:00:00Z' }),
  ],
  ['POST', '/tickets/{id}/actions', { action: 'dispatch', version: 1 }],
  [
    'POST',
    '/tickets/{id}/actions',
    { action: 'assign', assigneeRef: ENGINEER, version: 2 },
  ],
  [
    'POST',
    '/tickets/{id}/actions',
    { action: 'comment', comment: 'seen', version: 3 },
  ],
  [
    'POST',
    '/tickets/{id}/actions',
    {
      action: 'callback',
      rating: 'satisfied',
      userConfirmed: true,
      version: 7,
    },
  ],
  [
    'POST',
    '/tickets/{id}/actions',
    {
      action: 'reject_dispatch',
      reason: 'unclear',
      comment: 'which station?',
      version: 2,
    },
  ],
  [
    'POST',
    '/import',
    {
      tickets: [
        {
          ...newTicket(),
          externalId: 'old-1',
          acceptedAt: '2026-10-21T01:00:00Z',
          acceptedBy: AGENT,
          events: [
            { action: 'dispatch', actorRef: AGENT, at: '2026-10-21T01:20:00Z' },
            {
              action: 'assign',
              actorRef: PM,
              at: '2026-10-21T01:30:00Z',
              assigneeRef: ENGINEER,
            },
            {
              action: 'resolve',
              actorRef: ENGINEER,
              at: '2026-10-21T03:00:00Z',
              resolution: 'fixed',
            },
            {
              action: 'callback',
              actorRef: LEAD,
              at: '2026-10-22T02:00:00Z',
              rating: 'satisfied',
              userConfirmed: true,
            },
            { action: 'close', actorRef: LEAD, at: '2026-10-22T02:01:00Z' },
          ],
        },
        {
          ...newTicket(),
          externalId: 'pm-1',
          acceptedAt: '2026-10-21T01:00:00Z',
          acceptedBy: AGENT,
          projectManagerRef: 'user:default/xu.jing',
        },
      ],
    },
  ],
  [
    'POST',
    '/calls',
    {
      calls: [
        {
          callId: 'J1',
          ringAt: '2026-11-02T01:00:00Z',
          answeredAt: '2026-11-02T01:00:05.000Z',
        },
      ],
    },
  ],
  [
    'POST',
    '/calls',
    {
      calls: [
        {
          callId: 'K1',
          ringAt: '2026-11-06T01:00:00Z',
          answeredAt: '2026-11-06T01:00:05Z',
          endedAt: '2026-11-06T01:03:00Z',
          agentRef: AGENT,
          callerNumber: '0571-8888 1234',
          ivrRating: 'satisfied',
        },
      ],
    },
  ],
  ['POST', '/calls/{callId}/ticket', { ticketId: '1' }],
  [
    'POST',
    '/assessment-entries',
    {
      kind: 'permit_failure',
      occurredAt: '2026-11-03T02:00:00Z',
      description: 'late report',
    },
  ],
  [
    'POST',
    '/assessment-entries',
    {
      kind: 'special_work',
      grade: 'on_time_poor',
      occurredAt: '2026-11-07T03:00:00Z',
      description: 'recorded',
    },
  ],
  [
    'POST',
    '/roster/plan',
    {
      from: '2026-12-01',
      to: '2026-12-01',
      assignments: [
        { date: '2026-12-01', kind: 'duty', holder: 'user:default/chen.jie' },
      ],
    },
  ],
  [
    'POST',
    '/roster/changes',
    {
      date: '2026-12-02',
      kind: 'duty',
      type: 'cover',
      replacement: 'user:default/sun.li',
      reason: 'ill',
    },
  ],
  ['POST', '/roster/changes/{id}/decision', { approve: true }],
];

/** A validator of the request bodies of openapi.yaml (OpenAPI 3.0 schemas are JSON Schema here). */
function bodyValidator() {
  const doc = yaml.parse(
    fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
  );
  // strict: false lets through OpenAPI's own keywords (example) that are not JSON Schema's.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi');
  return (method: string, route: string) => {
    const pointer = [
      'paths',
      route,
      method.toLowerCase(),
      'requestBody',
      'content',
      'application/json',
      'schema',
    ]
      .map(p => p.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    return ajv.compile({ $ref: `openapi#/${pointer}` });
  };
}

/** The OpenAPI document and the router describe the same operations. */
describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const doc = yaml.parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    const documented = Object.entries(doc.paths as Record<string, object>)
      .flatMap(([p, ops]) =>
        Object.keys(ops).map(
          m => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      )
      .sort();
    const router: any = await createRouter({ context: {} } as any);
    const served = router.stack
      .filter((layer: any) => layer.route)
      .flatMap((layer: any) =>
        Object.keys(layer.route.methods).map(
          m => `${m.toUpperCase()} ${layer.route.path}`,
        ),
      )
      .sort();
    expect(served).toEqual(documented);
  });

  it.each(BODIES)(
    'accepts the %s %s body the tests send',
    (method, route, body) => {
      const validate = bodyValidator()(method, route);
      expect(validate(body) ? [] : validate.errors).toEqual([]);
    },
  );

  it('refuses what the API refuses: an unknown field, a missing one, a bad time', () => {
    const validator = bodyValidator();
    const importBody = (ticket: object) => ({
      tickets: [
        {
          ...newTicket(),
          externalId: 'x',
          acceptedAt: '2026-10-21T01:00:00Z',
          acceptedBy: AGENT,
          ...ticket,
        },
      ],
    });
    expect(validator('POST', '/import')(importBody({ isAdmin: true }))).toBe(
      false,
    );
    expect(
      validator('POST', '/import')(importBody({ acceptedAt: 'yesterday' })),
    ).toBe(false);
    expect(validator('POST', '/tickets')(newTicket({ externalId: 'x' }))).toBe(
      false,
    );
    expect(
      validator('POST', '/tickets')({ ...newTicket(), title: undefined }),
    ).toBe(false);
    expect(
      validator(
        'POST',
        '/calls',
      )({ calls: [{ callId: 'x', ringAt: '2026-11-02T01:00:00Z', wait: 2 }] }),
    ).toBe(false);
  });
});
