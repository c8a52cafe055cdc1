import { mockCredentials } from '@backstage/backend-test-utils';
import {
  CALL_CSV_COLUMNS,
  ROSTER_CHANGE_TYPES,
  SATISFACTION_RATINGS,
  SHIFT_KINDS,
} from '@internal/plugin-service-desk-common';
import fc from 'fast-check';
import { jsonCases } from '../__testUtils__/hostileRunner';
import { describeHostile } from '../__testUtils__/hostileSuite';
import {
  BAD_INSTANTS,
  INJECTIONS,
  badId,
  badInstant,
  badLocalDate,
  badPathSegment,
  badPhone,
  badText,
  badUserRef,
  notOneOf,
  oversized,
  withNul,
  wrongType,
} from '../__testUtils__/hostileValues';
import {
  Fields,
  badList,
  invalidBodies,
  optional,
  required,
} from '../__testUtils__/invalidBodies';
import { dayAhead, planOf } from '../__testUtils__/rosterDays';
import { newTicket } from '../__testUtils__/ticketInput';
import { externalCaller } from '../__testUtils__/externalCaller';

jest.setTimeout(600_000);

const AGENT = mockCredentials.user.header('user:default/li.na');
const LEAD = mockCredentials.user.header('user:default/wang.fang');
const MANAGER = mockCredentials.user.header('user:default/huang.wei');
/** The one service principal that sends call records (serviceDesk.calls.writers). */
const TELEPHONE = externalCaller('external:telephone-system');
const HOLDERS = { desk: 'user:default/li.na', duty: 'user:default/chen.jie' };
const COVER = 'user:default/sun.li';
const PM = 'user:default/zhang.wei';

const VALID_CALL = { callId: 'hostile-call', ringAt: '2026-11-02T01:00:00Z' };
/** Before VALID_CALL rang. */
const EARLIER = '2026-11-02T00:59:00Z';
const callFields: Fields = {
  callId: required(badText(100)),
  ringAt: required(badInstant),
  answeredAt: optional(fc.oneof(badInstant, fc.constant(EARLIER))),
  endedAt: optional(fc.oneof(badInstant, fc.constant(EARLIER))),
  agentRef: optional(fc.oneof(wrongType('string'), oversized(300), withNul)),
  callerNumber: optional(badPhone),
  ivrRating: optional(notOneOf(SATISFACTION_RATINGS)),
};

/** The same spoilt values as CSV cells (a CSV cell is always text; an empty one is a missing value). */
const badCell: Record<string, fc.Arbitrary<string>> = {
  callId: fc.oneof(fc.constant(''), oversized(100), withNul),
  ringAt: fc.constantFrom('', ...BAD_INSTANTS),
  answeredAt: fc.constantFrom(EARLIER, ...BAD_INSTANTS),
  ivrRating: fc.constantFrom('great', 'SATISFIED', ...INJECTIONS),
  callerNumber: fc.constantFrom('call me', ...INJECTIONS),
  agentRef: oversized(300),
};
const HEADER = CALL_CSV_COLUMNS.join(',');
const csvRow = (call: Record<string, string>) =>
  CALL_CSV_COLUMNS.map(c => `"${(call[c] ?? '').replace(/"/g, '""')}"`).join(
    ',',
  );
const csvFiles = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...Object.keys(badCell))
      .chain(c =>
        badCell[c].map(
          v => `${HEADER}\n${csvRow({ ...VALID_CALL, [c]: v })}\n`,
        ),
      ),
  },
  fc.constantFrom(
    `${HEADER}\n`,
    `callId,ringAt\n${csvRow(VALID_CALL)}\n`,
    `${HEADER},isAdmin\n${csvRow(VALID_CALL)},yes\n`,
    `${HEADER}\n"unclosed,2026-11-02T01:00:00Z,,,,,\n`,
    `${HEADER}\n${csvRow(VALID_CALL)},extra\n`,
    '',
    '\u0000\u0001\u0002',
    `${HEADER}\n${`${csvRow(VALID_CALL)}\n`.repeat(5001)}`,
  ),
);

describeHostile('hostile bodies: calls and the roster', context => {
  let ticketId: string;
  /**
   * Roster dates: one for the plan, one planned for changes, and a change already decided; far
   * enough apart that no person's slots join into a stretch the rest rule refuses, whichever
   * weekday (and so whichever duty length) they fall on.
   */
  const [planDay, changeDay, decidedDay] = [
    dayAhead(40),
    dayAhead(43),
    dayAhead(46),
  ];
  let decidedId: string;
  const as = (authorization: string) => context.api(authorization);

  beforeAll(async () => {
    ticketId = (await as(AGENT).post('/tickets', newTicket()).expect(201)).body
      .id;
    await as(TELEPHONE)
      .post('/calls', { calls: [VALID_CALL] })
      .expect(201);
    for (const day of [changeDay, decidedDay]) {
      await as(LEAD)
        .post('/roster/plan', await planOf(as(LEAD), day, day, HOLDERS))
        .expect(200);
    }
    const change = {
      date: decidedDay,
      kind: 'duty',
      type: 'cover',
      replacement: COVER,
      reason: 'training',
    };
    decidedId = (await as(LEAD).post('/roster/changes', change).expect(201))
      .body.id;
    await as(MANAGER)
      .post(`/roster/changes/${decidedId}/decision`, { approve: false })
      .expect(200);
  });

  it('POST /calls refuses every batch with a bad call, all or nothing', async () => {
    const fields: Fields = {
      calls: required(
        badList(VALID_CALL, invalidBodies(VALID_CALL, callFields), {
          min: 1,
          max: 5000,
        }),
      ),
    };
    const batch = (...calls: object[]) => ({ calls });
    const cases = jsonCases(
      '/calls',
      invalidBodies(batch({ ...VALID_CALL, callId: 'hostile-new' }), fields),
      [
        batch({ ...VALID_CALL, answeredAt: EARLIER }),
        batch({ ...VALID_CALL, ringAt: '2026-02-30T01:00:00Z' }),
        batch({ ...VALID_CALL, callId: 'a\u0000b' }),
      ],
    );
    await context.refused('POST /calls', as(TELEPHONE), cases);
  });

  it('POST /calls/upload refuses every bad CSV file, all or nothing', async () => {
    const cases = csvFiles.map(body => ({
      path: '/calls/upload',
      body,
      contentType: 'text/csv',
    }));
    await context.refused('POST /calls/upload', as(MANAGER), cases);
  });

  it('POST /calls/{callId}/ticket refuses every bad link', async () => {
    const valid = { ticketId };
    const badCall = fc.oneof(
      fc.constantFrom('no-such-call', 'x%00'),
      oversized(100),
      badPathSegment,
    );
    const cases = fc.oneof(
      jsonCases(
        `/calls/${VALID_CALL.callId}/ticket`,
        invalidBodies(valid, { ticketId: required(badId) }),
        [{ ticketId: '424242' }],
      ),
      badCall.map(id => ({
        path: `/calls/${id}/ticket`,
        body: JSON.stringify(valid),
      })),
    );
    await context.refused('POST /calls/{callId}/ticket', as(AGENT), cases);
  });

  it('POST /roster/plan refuses every bad plan and keeps the roster', async () => {
    const valid = await planOf(as(LEAD), planDay, planDay, HOLDERS);
    const assignment = valid.assignments[0];
    const assignmentFields: Fields = {
      date: required(fc.oneof(badLocalDate, fc.constant(dayAhead(400)))),
      kind: required(notOneOf(SHIFT_KINDS)),
      holder: required(
        fc.oneof(
          badUserRef,
          fc.constantFrom(PM, 'user:default/not-in-the-catalog'),
        ),
      ),
    };
    const fields: Fields = {
      from: required(
        fc.oneof(
          badLocalDate,
          fc.constantFrom(dayAhead(-100), '9999-12-25', '0001-01-01'),
        ),
      ),
      to: required(
        fc.oneof(badLocalDate, fc.constantFrom(dayAhead(39), '9999-12-31')),
      ),
      assignments: required(
        fc.oneof(
          badList(assignment, invalidBodies(assignment, assignmentFields), {
            min: 1,
            max: 124,
          }),
          invalidBodies(assignment, assignmentFields).map(bad => [
            bad,
            ...valid.assignments.slice(1),
          ]),
        ),
      ),
    };
    const cases = jsonCases('/roster/plan', invalidBodies(valid, fields), [
      {
        ...valid,
        assignments: valid.assignments.map(a => ({ ...a, holder: PM })),
      },
      { ...valid, assignments: valid.assignments.slice(1) },
      { from: '9999-12-25', to: '9999-12-31', assignments: valid.assignments },
      { ...valid, from: dayAhead(-100) },
    ]);
    await context.refused('POST /roster/plan', as(LEAD), cases);
  });

  it('POST /roster/changes refuses every bad change and records none', async () => {
    const valid = {
      date: changeDay,
      kind: 'duty',
      type: 'cover',
      replacement: COVER,
      reason: 'ill',
    };
    const instant = (hours: number) =>
      new Date(Date.now() + hours * 3_600_000).toISOString();
    const fields: Fields = {
      date: required(
        fc.oneof(
          badLocalDate,
          fc.constantFrom(dayAhead(400), '9999-12-31', '0001-01-01'),
        ),
      ),
      kind: required(notOneOf(SHIFT_KINDS)),
      type: required(
        fc.oneof(notOneOf(ROSTER_CHANGE_TYPES), fc.constant('swap')),
      ),
      replacement: required(
        fc.oneof(
          badUserRef,
          fc.constantFrom(PM, HOLDERS.duty, 'user:default/not-in-the-catalog'),
        ),
      ),
      start: optional(fc.oneof(badInstant, fc.constant(instant(1)))),
      end: optional(fc.oneof(badInstant, fc.constant(instant(2)))),
      swapWith: optional(
        fc.oneof(
          wrongType('object'),
          fc.constant({ date: planDay, kind: 'duty' }),
        ),
      ),
      reason: required(badText(500)),
    };
    const cases = jsonCases('/roster/changes', invalidBodies(valid, fields), [
      { ...valid, replacement: HOLDERS.duty },
      { ...valid, replacement: PM },
      { ...valid, date: dayAhead(400) },
      { ...valid, date: '9999-12-31' },
      { ...valid, type: 'swap' },
    ]);
    await context.refused('POST /roster/changes', as(LEAD), cases);
  });

  it('POST /roster/changes/{id}/decision refuses every bad or repeated decision', async () => {
    const valid = { approve: true, note: 'ok' };
    const fields: Fields = {
      approve: required(wrongType('boolean')),
      note: optional(badText(500, false)),
    };
    const paths = fc
      .oneof(
        { weight: 3, arbitrary: fc.constant(decidedId) },
        fc.constant('999999'),
        badPathSegment,
      )
      .map(id => `/roster/changes/${id}/decision`);
    const cases = fc.oneof(
      paths.chain(path => jsonCases(path, invalidBodies(valid, fields))),
      paths.map(path => ({ path, body: JSON.stringify(valid) })),
    );
    await context.refused(
      'POST /roster/changes/{id}/decision',
      as(MANAGER),
      cases,
    );
  });
});
