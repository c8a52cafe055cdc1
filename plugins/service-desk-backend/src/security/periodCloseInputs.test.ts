import { mockCredentials } from '@backstage/backend-test-utils';
import { PERIOD_KINDS } from '@internal/plugin-service-desk-common';
import fc from 'fast-check';
import { jsonCases } from '../__testUtils__/hostileRunner';
import { describeHostile } from '../__testUtils__/hostileSuite';
import {
  badPathSegment,
  badText,
  notOneOf,
  oversized,
  wrongType,
} from '../__testUtils__/hostileValues';
import {
  Fields,
  invalidBodies,
  optional,
  required,
} from '../__testUtils__/invalidBodies';

jest.setTimeout(600_000);

const LEAD = mockCredentials.user.header('user:default/wang.fang');
const MANAGER = mockCredentials.user.header('user:default/huang.wei');

const badPeriod = fc.oneof(
  wrongType('string'),
  fc.constantFrom('2026-13', '2026-Q5', '2026-H3', '26', '2026-11-01', '1999'),
  oversized(20),
);
const periodFields: Fields = {
  kind: required(notOneOf(PERIOD_KINDS)),
  period: required(badPeriod),
};

/** Refused requests of closing a period change nothing: no request, seal, appeal or decision. */
describeHostile('hostile bodies: sealing and appeals', context => {
  const as = (header: string) => context.api(header);
  let decidedRequest: string;
  let sealId: string;
  let decidedAppeal: string;

  beforeAll(async () => {
    const submitted = await as(LEAD)
      .post('/scorecard/seal-requests', { kind: 'cycle', period: '2026-09' })
      .expect(201);
    decidedRequest = submitted.body.id;
    const sealed = await as(MANAGER)
      .post(`/scorecard/seal-requests/${decidedRequest}/decision`, {
        approve: true,
      })
      .expect(200);
    sealId = sealed.body.seal.id;
    await as(MANAGER)
      .post('/assessment-entries', {
        kind: 'permit_failure',
        occurredAt: '2026-11-04T02:00:00Z',
        description: 'late report',
      })
      .expect(201);
    const november = await as(MANAGER).get(
      '/scorecard?kind=month&period=2026-11',
    );
    const [line] = november.body.operational.items.find(
      (i: { id: string }) => i.id === 'permitFailures',
    ).deductions;
    const appeal = await as(LEAD)
      .post('/scorecard/appeals', {
        kind: 'month',
        period: '2026-11',
        deductionKey: line.key,
        reason: 'recorded twice',
      })
      .expect(201);
    decidedAppeal = appeal.body.id;
    await as(MANAGER)
      .post(`/scorecard/appeals/${decidedAppeal}/decision`, {
        accept: false,
        reason: 'it was not',
      })
      .expect(200);
  });

  it('POST /scorecard/seal-requests refuses every bad, early or repeated submission', async () => {
    const valid = { kind: 'cycle', period: '2026-09', note: 'for approval' };
    const fields: Fields = {
      ...periodFields,
      note: optional(fc.oneof(wrongType('string'), oversized(2000))),
    };
    const cases = jsonCases(
      '/scorecard/seal-requests',
      invalidBodies(valid, fields),
      [
        // Sealed already; not ended yet; a year before every rule set.
        valid,
        { ...valid, period: '2099-01' },
        { ...valid, kind: 'year', period: '2001' },
      ],
    );
    await context.refused('POST /scorecard/seal-requests', as(LEAD), cases);
  });

  it('POST /scorecard/seal-requests/{id}/decision refuses every bad or repeated decision', async () => {
    const valid = { approve: false, reason: 'recount the calls' };
    const fields: Fields = {
      approve: required(wrongType('boolean')),
      reason: optional(badText(2000)),
    };
    const paths = fc
      .oneof(
        { weight: 3, arbitrary: fc.constant(decidedRequest) },
        fc.constant('999999'),
        badPathSegment,
      )
      .map(id => `/scorecard/seal-requests/${id}/decision`);
    const cases = fc.oneof(
      paths.chain(path => jsonCases(path, invalidBodies(valid, fields))),
      paths.map(path => ({ path, body: JSON.stringify(valid) })),
    );
    await context.refused(
      'POST /scorecard/seal-requests/{id}/decision',
      as(MANAGER),
      cases,
    );
  });

  it('POST /scorecard/seals/{id}/unseal refuses a bad reason or an unknown seal', async () => {
    const valid = { reason: 'reopened' };
    const fields: Fields = { reason: required(badText(2000)) };
    const cases = fc.oneof(
      jsonCases(
        `/scorecard/seals/${sealId}/unseal`,
        invalidBodies(valid, fields),
      ),
      fc.oneof(fc.constant('999999'), badPathSegment).map(id => ({
        path: `/scorecard/seals/${id}/unseal`,
        body: JSON.stringify(valid),
      })),
    );
    await context.refused(
      'POST /scorecard/seals/{id}/unseal',
      as(MANAGER),
      cases,
    );
  });

  it('POST /scorecard/appeals refuses every bad appeal or one of no deduction', async () => {
    const valid = {
      kind: 'month',
      period: '2026-11',
      deductionKey: 'permitFailures:permitFailure:entry-424242',
      reason: 'recorded twice',
      evidenceLink: 'https://example.com/log',
    };
    const fields: Fields = {
      ...periodFields,
      deductionKey: required(badText(300)),
      reason: required(badText(2000)),
      evidenceLink: optional(
        fc.oneof(
          wrongType('string'),
          fc.constantFrom(
            'not a url',
            // eslint-disable-next-line no-script-url -- hostile input, on purpose
            'javascript:alert(1)',
            'data:text/html,x',
          ),
        ),
      ),
    };
    const cases = jsonCases(
      '/scorecard/appeals',
      invalidBodies(valid, fields),
      [valid],
    );
    await context.refused('POST /scorecard/appeals', as(LEAD), cases);
  });

  it('POST /scorecard/appeals/{id}/decision refuses every bad or repeated review', async () => {
    const valid = { accept: true, reason: 'fine' };
    const fields: Fields = {
      accept: required(wrongType('boolean')),
      reason: required(badText(2000)),
    };
    const paths = fc
      .oneof(
        { weight: 3, arbitrary: fc.constant(decidedAppeal) },
        fc.constant('999999'),
        badPathSegment,
      )
      .map(id => `/scorecard/appeals/${id}/decision`);
    const cases = fc.oneof(
      paths.chain(path => jsonCases(path, invalidBodies(valid, fields))),
      paths.map(path => ({ path, body: JSON.stringify(valid) })),
    );
    await context.refused(
      'POST /scorecard/appeals/{id}/decision',
      as(MANAGER),
      cases,
    );
  });
});
