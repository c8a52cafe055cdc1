import express from 'express';

/** The largest JSON body (an import of 1000 tickets fits) and the largest call CSV (§8.1 upload). */
export const JSON_LIMIT_BYTES = 2 * 1024 * 1024;
export const CSV_LIMIT_BYTES = 5 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'text/plain'];

/** Answered with 413 by the Backstage error handler, which reads statusCode. */
class PayloadTooLargeError extends Error {
  readonly name = 'PayloadTooLargeError';
  readonly statusCode = 413;
}

/**
 * A body parser that refuses a body declared larger than its limit at once, before reading any
 * of it. body-parser alone reads the whole body (throwing it away) before answering, so a client
 * declaring gigabytes would keep the connection and the server busy until it had sent them all.
 * A body sent without a length is still cut off at the limit by body-parser itself.
 */
function bounded(
  limit: number,
  types: string[],
  parse: express.RequestHandler,
): express.RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (req.is(types) && declared > limit) {
      next(
        new PayloadTooLargeError(
          `the body is ${declared} bytes; at most ${limit} bytes are accepted`,
        ),
      );
      return;
    }
    parse(req, res, next);
  };
}

export const jsonBody = bounded(
  JSON_LIMIT_BYTES,
  ['application/json'],
  express.json({ limit: JSON_LIMIT_BYTES }),
);
export const csvBody = bounded(
  CSV_LIMIT_BYTES,
  CSV_TYPES,
  express.text({ type: CSV_TYPES, limit: CSV_LIMIT_BYTES }),
);
