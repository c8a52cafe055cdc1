import { mockCredentials } from '@backstage/backend-test-utils';
import {
  PERIOD_KINDS,
  PRIORITIES,
  TICKET_KINDS,
  TICKET_STATES,
  Ticket,
} from '@internal/plugin-service-desk-common';
import fc from 'fast-check';
import {
  HostileCase,
  RUNS,
  SEED,
  queryCases,
  toQuery,
} from '../__testUtils__/hostileRunner';
import { describeHostile } from '../__testUtils__/hostileSuite';
import {
  BAD_INSTANTS,
  INJECTIONS,
  badEntityRef,
  badLocalDate,
  badUserRef,
  notOneOf,
  oversized,
  withNul,
} from '../__testUtils__/hostileValues';
import {
  Fields,
  invalidBodies,
  optional,
  required,
} from '../__testUtils__/invalidBodies';
import { dayAhead } from '../__testUtils__/rosterDays';
import { newTicket } from '../__testUtils__/ticketInput';

jest.setTimeout(600_000);

const AGENT = mockCredentials.user.header('user:default/li.na');

/** In a query every value is text: only text that is refused, a repeated key, or brackets. */
const asText = (bad: fc.Arbitrary<unknown>) =>
  bad.filter((v): v is string => typeof v === 'string');
const inQuery = (bad: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: asText(bad) },
    asText(bad).map(v => [v, v]),
    asText(bad).map(v => ({ $gt: v })),
  );

const ticketParams: Fields = {
  state: optional(inQuery(notOneOf(TICKET_STATES))),
  kind: optional(inQuery(notOneOf(TICKET_KINDS))),
  entityRef: optional(inQuery(badEntityRef)),
  assigneeRef: optional(inQuery(badUserRef)),
  involving: optional(inQuery(badUserRef)),
  emergency: optional(inQuery(notOneOf(['true', 'false']))),
  priority: optional(inQuery(notOneOf(PRIORITIES))),
  q: optional(fc.oneof(oversized(200), withNul, fc.constant(['a', 'b']))),
  from: optional(inQuery(fc.constantFrom(...BAD_INSTANTS))),
  to: optional(inQuery(fc.constantFrom(...BAD_INSTANTS))),
  // The sort key: only the two orders, never a column or SQL.
  order: optional(
    inQuery(
      fc.oneof(
        notOneOf(['newest', 'oldest']),
        fc.constantFrom('accepted_at desc', 'id; drop table x'),
      ),
    ),
  ),
  limit: optional(
    inQuery(
      fc.constantFrom(
        '0',
        '-1',
        '201',
        '1.5',
        'abc',
        'NaN',
        'Infinity',
        '10; drop table x',
        '',
      ),
    ),
  ),
  cursor: optional(
    inQuery(
      fc.oneof(oversized(200), fc.constantFrom('abc', 'MTox', ...INJECTIONS)),
    ),
  ),
};

const scorecardParams: Fields = {
  kind: required(inQuery(notOneOf(PERIOD_KINDS))),
  period: required(
    inQuery(
      fc.oneof(
        fc.constantFrom(
          '2026-13',
          '2026-00',
          '2026-Q4',
          '2026-H2',
          '2026',
          '1999-11',
          '26-11',
          '2026-1',
          '2026-11-01',
        ),
        fc.constantFrom(...INJECTIONS),
      ),
    ),
  ),
};

const statisticsParams: Fields = {
  kind: optional(inQuery(notOneOf(PERIOD_KINDS))),
  year: required(
    inQuery(
      fc.constantFrom(
        '1999',
        '2101',
        'abc',
        '2026.5',
        '',
        '-2026',
        '2026; drop table x',
        ...INJECTIONS,
      ),
    ),
  ),
};

const rosterParams: Fields = {
  from: required(
    inQuery(
      fc.oneof(
        badLocalDate,
        fc.constantFrom('9999-12-25', '0001-01-01', dayAhead(-100)),
      ),
    ),
  ),
  to: required(
    inQuery(
      fc.oneof(badLocalDate, fc.constantFrom('9999-12-31', dayAhead(-1))),
    ),
  ),
};

/** Titles with the characters LIKE treats specially, for the search property. */
const TITLES = [
  '100% outage',
  'host_name wrong',
  'path C:\\temp full',
  "O'Brien's PC",
  'plain title',
  '%_\\ all three',
];

describeHostile('hostile queries: filters and sort keys', context => {
  const refused = (name: string, cases: fc.Arbitrary<HostileCase>) =>
    context.refused(name, context.api(AGENT), cases);

  beforeAll(async () => {
    for (const title of TITLES)
      await context
        .api(AGENT)
        .post('/tickets', newTicket({ title }))
        .expect(201);
  });

  it('GET /tickets refuses every bad filter, sort key or page', async () => {
    const valid = { q: 'outage', state: 'new', order: 'oldest', limit: '10' };
    await refused(
      'GET /tickets',
      queryCases('/tickets', invalidBodies(valid, ticketParams), [
        { cursor: 'abc' },
        { 'constructor[prototype][polluted]': 'yes' },
        { '__proto__[polluted]': 'yes' },
        { orderBy: 'id; drop table service_desk_tickets' },
        { from: '2026-02-30T00:00:00Z' },
      ]),
    );
  });

  it('GET /scorecard refuses every bad period', async () => {
    await refused(
      'GET /scorecard',
      queryCases(
        '/scorecard',
        invalidBodies({ kind: 'month', period: '2026-11' }, scorecardParams),
      ),
    );
  });

  it('GET /statistics refuses every bad year', async () => {
    await refused(
      'GET /statistics',
      queryCases(
        '/statistics',
        invalidBodies({ kind: 'month', year: '2026' }, statisticsParams),
      ),
    );
  });

  it('GET /roster refuses every bad range', async () => {
    const valid = { from: dayAhead(1), to: dayAhead(7) };
    await refused(
      'GET /roster',
      queryCases('/roster', invalidBodies(valid, rosterParams), [
        { from: dayAhead(1), to: dayAhead(80) },
        { from: '9999-12-25', to: '9999-12-31' },
      ]),
    );
  });

  it('answers any query on these lists without failing: the edges of the calendar included', async () => {
    const anyParams = fc.dictionary(
      fc.constantFrom(
        'q',
        'state',
        'kind',
        'from',
        'to',
        'year',
        'period',
        'limit',
        'order',
        'cursor',
        'x',
      ),
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          ...INJECTIONS,
          '2000-01-01',
          '2100-12-31',
          '2000',
          '2100',
          '2026-11',
        ),
      ),
      { maxKeys: 4 },
    );
    const edges = [
      '/roster?from=2000-01-01&to=2000-01-07',
      '/roster?from=2100-12-25&to=2100-12-31',
      '/statistics?year=2000',
      '/statistics?year=2100&kind=cycle',
      '/scorecard?kind=cycle&period=2100-01',
    ];
    const cases = fc
      .oneof(
        fc.tuple(
          fc.constantFrom(
            '/tickets',
            '/scorecard',
            '/statistics',
            '/roster',
            '/assessment-entries',
            '/routing',
          ),
          anyParams,
        ),
        fc.constantFrom(...edges).map(path => [path, {}] as const),
      )
      .map(
        ([path, params]): HostileCase => ({
          path: `${path}${
            Object.keys(params).length
              ? `${path.includes('?') ? '&' : '?'}${toQuery(params)}`
              : ''
          }`,
          mayPass: true,
        }),
      );
    await refused('GET (any query)', cases);
  });

  it('searches q literally: %, _ and \\ match only themselves', async () => {
    const all: Ticket[] = (
      await context.api(AGENT).get('/tickets?limit=200').expect(200)
    ).body.items;
    const needles = fc.oneof(
      fc.constantFrom(
        '%',
        '_',
        '\\',
        "'",
        '%_\\',
        '100%',
        'host_',
        'C:\\',
        "O'B",
        'OUTAGE',
        ' % ',
      ),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'e',
          'O',
          '%',
          '_',
          '\\',
          "'",
          ' ',
          '0',
          '-',
        ),
        maxLength: 4,
      }),
    );
    await fc.assert(
      fc.asyncProperty(needles, async q => {
        const res = await context
          .api(AGENT)
          .get(`/tickets?limit=200&${toQuery({ q })}`);
        const needle = q.trim().toLocaleLowerCase('en-US');
        const expected = all
          .filter(t =>
            [t.title, t.description, t.displayId].some(s =>
              s.toLocaleLowerCase('en-US').includes(needle),
            ),
          )
          .map(t => t.id)
          .sort();
        expect({
          status: res.status,
          ids: res.body.items?.map((t: Ticket) => t.id).sort(),
        }).toEqual({ status: 200, ids: expected });
        context.tally.add(
          `GET /tickets?q= (${context.databaseId})`,
          res.status,
        );
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
