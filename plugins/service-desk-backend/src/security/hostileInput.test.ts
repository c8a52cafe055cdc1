import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ASSESSMENT_KINDS,
  DISPATCH_REJECTION_REASONS,
  SATISFACTION_RATINGS,
  TICKET_ACTIONS,
  TICKET_CHANNELS,
  TICKET_KINDS,
  categoryPaths,
  readPriorityMatrix,
} from '@internal/plugin-service-desk-common';
import fc from 'fast-check';
import { jsonCases } from '../__testUtils__/hostileRunner';
import { describeHostile } from '../__testUtils__/hostileSuite';
import {
  badEntityRef,
  badId,
  badInstant,
  badPathSegment,
  badPhone,
  badText,
  badUserRef,
  notOneOf,
  oversized,
  wrongType,
} from '../__testUtils__/hostileValues';
import {
  Fields,
  badList,
  invalidBodies,
  optional,
  required,
} from '../__testUtils__/invalidBodies';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(600_000);

const AGENT = 'user:default/li.na';
const LEAD = mockCredentials.user.header('user:default/wang.fang');
const MANAGER = mockCredentials.user.header('user:default/huang.wei');
const config = serviceDeskTestConfig();
// Levels are configured as ids or { id, label }; the hostile values are built from the ids.
const priority = readPriorityMatrix(new ConfigReader(config));
/** Later than any clock this test runs on: a time that has not happened yet. */
const FUTURE = '2999-01-01T00:00:00Z';

const reporterFields: Fields = {
  name: required(badText(100)),
  phone: optional(badPhone),
  organisation: optional(badText(200, false)),
  userRef: optional(
    fc.oneof(badUserRef, fc.constant('user:default/not-in-the-catalog')),
  ),
};

/** The fields of a ticket, as POST /tickets and each record of POST /import take them. */
const ticketFields = (reporter: Record<string, unknown>): Fields => ({
  kind: required(notOneOf(TICKET_KINDS)),
  emergency: optional(wrongType('boolean')),
  occurredAt: optional(fc.oneof(badInstant, fc.constant(FUTURE))),
  impact: required(fc.oneof(badText(40), notOneOf(priority.impacts))),
  urgency: required(fc.oneof(badText(40), notOneOf(priority.urgencies))),
  category: required(
    fc.oneof(badText(200), notOneOf(categoryPaths(config.categories))),
  ),
  title: required(badText(200)),
  description: required(badText(10000)),
  reporter: required(
    fc.oneof(wrongType('object'), invalidBodies(reporter, reporterFields)),
  ),
  channel: required(notOneOf(TICKET_CHANNELS)),
  entityRef: required(
    fc.oneof(badEntityRef, fc.constant('component:default/not-in-the-catalog')),
  ),
});

/** Actions a lead cannot take on a new ticket with only a comment (dispatch and comment they can). */
const ILLEGAL_ON_NEW = TICKET_ACTIONS.filter(
  a => a !== 'dispatch' && a !== 'comment',
);

const actionFields: Fields = {
  action: required(
    fc.oneof(notOneOf(TICKET_ACTIONS), fc.constantFrom(...ILLEGAL_ON_NEW)),
  ),
  version: required(
    fc.oneof(
      wrongType('number'),
      fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2),
      fc.integer({ min: 2 }),
    ),
  ),
  comment: optional(badText(5000)),
  projectManagerRef: optional(badUserRef),
  assigneeRef: optional(badUserRef),
  resolution: optional(badText(10000, false)),
  reason: optional(notOneOf(DISPATCH_REJECTION_REASONS)),
  rating: optional(notOneOf(SATISFACTION_RATINGS)),
  userConfirmed: optional(wrongType('boolean')),
  complaint: optional(wrongType('boolean')),
};

const VALID_EVENT = {
  action: 'dispatch',
  actorRef: AGENT,
  at: '2026-10-21T01:20:00Z',
};
const eventFields: Fields = {
  action: required(fc.oneof(notOneOf(TICKET_ACTIONS), fc.constant('close'))),
  at: required(
    fc.oneof(
      badInstant,
      fc.constant('2026-10-20T00:00:00Z'),
      fc.constant(FUTURE),
    ),
  ),
  actorRef: required(badUserRef),
  comment: optional(badText(5000, false)),
  rating: optional(notOneOf(SATISFACTION_RATINGS)),
};

const importFields = (record: Record<string, unknown>): Fields => ({
  ...ticketFields(record.reporter as Record<string, unknown>),
  externalId: required(badText(100)),
  acceptedAt: required(fc.oneof(badInstant, fc.constant(FUTURE))),
  acceptedBy: required(badUserRef),
  projectManagerRef: optional(badUserRef),
  events: optional(
    badList(VALID_EVENT, invalidBodies(VALID_EVENT, eventFields), { max: 200 }),
  ),
});

const assessmentFields: Fields = {
  // Every kind but these three needs a grade, a ticket or an entry the valid body lacks.
  kind: required(
    fc.oneof(
      notOneOf(ASSESSMENT_KINDS),
      fc.constantFrom(
        ...ASSESSMENT_KINDS.filter(
          k =>
            !['permit_failure', 'report_failure', 'desk_complaint'].includes(k),
        ),
      ),
    ),
  ),
  grade: optional(fc.oneof(wrongType('string'), fc.string())),
  persons: optional(fc.oneof(wrongType('number'), fc.integer())),
  occurredAt: required(badInstant),
  description: required(badText(5000)),
  evidenceUrl: optional(
    fc.oneof(
      fc.constantFrom(
        'not a url',
        // eslint-disable-next-line no-script-url -- hostile input, on purpose
        'javascript:window.__pwned=1',
        // eslint-disable-next-line no-script-url -- hostile input, on purpose
        'JavaScript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
      ),
      oversized(1000).map(s => `https://example.com/${s}`),
      wrongType('string'),
    ),
  ),
  ticketId: optional(fc.oneof(badId, fc.constant('424242'))),
  voidsId: optional(fc.oneof(badId, fc.constant('424242'))),
};

describeHostile(
  'hostile bodies: tickets, actions, import, assessment entries',
  context => {
    let ticket: { id: string; version: number };

    beforeAll(async () => {
      ticket = (
        await context
          .api(mockCredentials.user.header(AGENT))
          .post('/tickets', newTicket())
          .expect(201)
      ).body;
    });

    it('POST /tickets refuses every bad ticket and writes nothing', async () => {
      const valid = newTicket();
      const fields = {
        ...ticketFields(valid.reporter),
        callId: optional(
          fc.oneof(badText(100, false), fc.constant('no-such-call')),
        ),
      };
      const cases = jsonCases('/tickets', invalidBodies(valid, fields), [
        { ...valid, emergency: true },
        { ...valid, occurredAt: FUTURE },
        {
          ...valid,
          reporter: {
            ...valid.reporter,
            userRef: 'user:default/not-in-the-catalog',
          },
        },
        { ...valid, reporter: { ...valid.reporter, organisation: 'a\u0000b' } },
        { ...valid, entityRef: 'component:default/not-in-the-catalog' },
        { ...valid, category: 'application/%' },
        { ...valid, callId: 'no-such-call' },
      ]);
      await context.refused('POST /tickets', context.api(LEAD), cases);
    });

    it('POST /tickets/{id}/actions refuses every bad action and changes nothing', async () => {
      const valid = {
        action: 'comment',
        comment: 'checked with the user',
        version: ticket.version,
      };
      const badPath = badPathSegment.map(id => ({
        path: `/tickets/${id}/actions`,
        body: JSON.stringify(valid),
      }));
      const cases = fc.oneof(
        {
          weight: 5,
          arbitrary: jsonCases(
            `/tickets/${ticket.id}/actions`,
            invalidBodies(valid, actionFields),
            [
              { ...valid, version: ticket.version + 1 },
              { ...valid, action: 'close' },
              { ...valid, action: 'resolve' },
              {
                ...valid,
                action: 'assign',
                assigneeRef: 'user:default/lin.feng',
              },
            ],
          ),
        },
        { weight: 1, arbitrary: badPath },
      );
      await context.refused(
        'POST /tickets/{id}/actions',
        context.api(LEAD),
        cases,
      );
    });

    it('POST /import refuses every batch with a bad record, all or nothing', async () => {
      const record = {
        ...newTicket(),
        externalId: 'hostile-1',
        acceptedAt: '2026-10-21T01:00:00Z',
        acceptedBy: AGENT,
        events: [VALID_EVENT],
      };
      const fields: Fields = {
        tickets: required(
          badList(record, invalidBodies(record, importFields(record)), {
            min: 1,
            max: 1000,
          }),
        ),
      };
      const batch = (...tickets: object[]) => ({ tickets });
      const cases = jsonCases('/import', invalidBodies(batch(record), fields), [
        batch({ ...record, acceptedAt: FUTURE }),
        batch({ ...record, events: [{ ...VALID_EVENT, at: FUTURE }] }),
        batch({
          ...record,
          events: [{ ...VALID_EVENT, at: '2026-10-21T00:59:00Z' }],
        }),
        batch({ ...record, events: [{ ...VALID_EVENT, action: 'close' }] }),
        batch(record, { ...record, title: 'the same externalId twice' }),
        batch({ ...record, acceptedAt: '2026-02-30T01:00:00Z' }),
      ]);
      await context.refused('POST /import', context.api(LEAD), cases);
    });

    it('POST /assessment-entries refuses every bad entry and records nothing', async () => {
      const valid = {
        kind: 'permit_failure',
        occurredAt: '2026-11-03T02:00:00Z',
        description: 'late start report',
      };
      const cases = jsonCases(
        '/assessment-entries',
        invalidBodies(valid, assessmentFields),
        [
          // eslint-disable-next-line no-script-url -- hostile input, on purpose
          { ...valid, evidenceUrl: 'javascript:window.__pwned=1' },
          { ...valid, occurredAt: '2026-02-30T02:00:00Z' },
          { ...valid, ticketId: '424242' },
          { ...valid, kind: 'void', voidsId: '424242' },
          { ...valid, kind: 'special_work' },
          { ...valid, description: 'a\u0000b' },
        ],
      );
      await context.refused(
        'POST /assessment-entries',
        context.api(MANAGER),
        cases,
      );
    });
  },
);
