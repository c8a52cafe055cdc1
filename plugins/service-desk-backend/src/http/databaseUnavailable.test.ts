import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import {
  databaseUnavailableHandler,
  isDatabaseUnavailable,
} from './errorHandlers';

const withCode = (code: string, message = 'x') =>
  Object.assign(new Error(message), { code });
const named = (name: string) => Object.assign(new Error('x'), { name });

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown, boolean]>([
    [
      'a refused connection',
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      true,
    ],
    ['a reset socket', withCode('ECONNRESET'), true],
    ['PostgreSQL shutting down (admin_shutdown)', withCode('57P01'), true],
    ['PostgreSQL starting up (cannot_connect_now)', withCode('57P03'), true],
    ['a connection failure (08006)', withCode('08006'), true],
    ["knex's pool timeout", named('KnexTimeoutError'), true],
    [
      'the pg client losing its connection',
      new Error('Connection terminated unexpectedly'),
      true,
    ],
    ['a unique violation', withCode('23505'), false],
    ['a syntax error', withCode('42601'), false],
    ['a code that only starts like a connection class', withCode('080'), false],
    ['a bad request', new InputError('title: must not be empty'), false],
    ['no error at all', undefined, false],
  ])('%s → %p', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

describe('databaseUnavailableHandler', () => {
  const handle = (error: unknown) => {
    const next = jest.fn();
    databaseUnavailableHandler(mockServices.logger.mock())(
      error,
      {} as any,
      {} as any,
      next,
    );
    return next.mock.calls[0][0];
  };

  it('hands on a 503 that does not name the database server', () => {
    const passed = handle(
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432'),
    );
    expect(passed.name).toBe('ServiceUnavailableError');
    expect(passed.message).toBe(
      'the service desk database is unavailable; try again in a moment',
    );
  });

  it('hands on every other error unchanged', () => {
    const error = new InputError('bad');
    expect(handle(error)).toBe(error);
  });
});
