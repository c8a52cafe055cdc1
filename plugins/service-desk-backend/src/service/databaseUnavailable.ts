import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';

/** Node's socket errors when the database server cannot be reached or went away. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether an error says the database cannot be reached, rather than that a query was wrong: a
 * refused or broken socket, PostgreSQL's connection exceptions (class 08) and its shutting-down
 * or starting-up refusals (57P01–57P03), knex's pool giving up, or the pg client's lost connection.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || /^(08...|57P0[123])$/.test(code))) return true;
  if (name === 'KnexTimeoutError') return true;
  return typeof message === 'string' && /Connection terminated|Connection ended unexpectedly|not queryable/.test(message);
}

/**
 * Answers "the database is unreachable" with 503 and a plain message, so a client knows to try
 * again shortly instead of seeing an internal error that names the database server's address.
 * The original error goes to the log for the operator.
 */
export function databaseUnavailableHandler(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (!isDatabaseUnavailable(error)) {
      next(error);
      return;
    }
    logger.warn(`database unavailable: ${stringifyError(error)}`);
    next(new ServiceUnavailableError('the service desk database is unavailable; try again in a moment'));
  };
}
