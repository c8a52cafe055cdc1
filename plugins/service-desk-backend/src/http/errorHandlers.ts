import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { randomUUID } from 'crypto';
import { ErrorRequestHandler, RequestHandler, Response } from 'express';

/** Node's socket errors when the database server cannot be reached or went away. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error says the database cannot be reached, rather than that a query was wrong: a
 * refused or broken socket, PostgreSQL's connection exceptions (class 08) and its shutting-down
 * or starting-up refusals (57P01–57P03), knex's pool giving up, or the pg client's lost connection.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, name, message } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
  };
  if (
    typeof code === 'string' &&
    (SOCKET_CODES.has(code) || /^(08...|57P0[123])$/.test(code))
  )
    return true;
  if (name === 'KnexTimeoutError') return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|Connection ended unexpectedly|not queryable/.test(
      message,
    )
  );
}

/**
 * Answers "the database is unreachable" with 503 and a plain message, so a client knows to try
 * again shortly instead of seeing an internal error that names the database server's address.
 * The original error goes to the log for the operator.
 */
export function databaseUnavailableHandler(
  logger: LoggerService,
): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (!isDatabaseUnavailable(error)) {
      next(error);
      return;
    }
    logger.warn(`database unavailable: ${stringifyError(error)}`);
    next(
      new ServiceUnavailableError(
        'the service desk database is unavailable; try again in a moment',
      ),
    );
  };
}

/** The errors whose message is written for the caller: @backstage/errors' HTTP errors. */
const HTTP_ERRORS = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'NotImplementedError',
  'ServiceUnavailableError',
]);

/** The id of a request, for the log and the caller alike (also the x-request-id header). */
export function requestIdOf(res: Response): string {
  return res.locals.serviceDeskRequestId;
}

/** Gives every request an id, sent back as `x-request-id`, under which its failures are logged. */
export const requestId: RequestHandler = (_req, res, next) => {
  const id = randomUUID();
  res.locals.serviceDeskRequestId = id;
  res.setHeader('x-request-id', id);
  next();
};

/**
 * Whether an error is one a caller may read: a Backstage HTTP error, or a 4xx of the body
 * parsers (a body too large, broken JSON), which say what was wrong with the request.
 */
function isForTheCaller(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, statusCode, status } = error as {
    name?: unknown;
    statusCode?: unknown;
    status?: unknown;
  };
  if (typeof name === 'string' && HTTP_ERRORS.has(name)) return true;
  const code = typeof statusCode === 'number' ? statusCode : status;
  return typeof code === 'number' && code >= 400 && code < 500;
}

/**
 * Every other error — a database's (whose message quotes the SQL and its values: a reporter's
 * phone number), a bug's — is answered with a plain 500 naming the request's id, in production
 * and development alike; the error itself goes to the log under that id.
 */
export function internalErrorHandler(
  logger: LoggerService,
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (isForTheCaller(error)) {
      next(error);
      return;
    }
    const id = requestIdOf(res) ?? randomUUID();
    logger.error(
      `request ${id} ${req.method} ${req.baseUrl}${
        req.path
      } failed: ${stringifyError(error)}`,
      {
        requestId: id,
      },
    );
    if (res.headersSent) {
      next(error);
      return;
    }
    res.status(500).json({
      error: { name: 'Error', message: `internal error; request ${id}` },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: 500 },
    });
  };
}
