import { InputError } from '@backstage/errors';
import {
  CALL_CSV_COLUMNS,
  callRecordSchema,
  describeZodError,
} from '@internal/plugin-service-desk-common';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { CallRecord } from '../database/CallStore';
import { parse } from './requestContext';

const MAX_CALLS = 5000;

/** Validates every record; one bad record refuses the whole batch, naming each by position. */
function validated(
  records: unknown[],
  position: (i: number) => string,
): CallRecord[] {
  const errors: string[] = [];
  const calls: CallRecord[] = [];
  records.forEach((record, i) => {
    const result = callRecordSchema.safeParse(record);
    if (result.success) calls.push(result.data);
    else errors.push(`${position(i)}: ${describeZodError(result.error)}`);
  });
  if (errors.length)
    throw new InputError(
      `nothing was recorded: ${errors.slice(0, 50).join('; ')}`,
    );
  return calls;
}

/** The calls of a JSON batch (POST /calls). */
export function callsFromJson(body: unknown): CallRecord[] {
  const { calls } = parse(
    z.object({ calls: z.array(z.unknown()).min(1).max(MAX_CALLS) }).strict(),
    body,
  );
  return validated(calls, i => `calls[${i}]`);
}

/** The calls of the telephone system's CSV export (POST /calls/upload), named by line. */
export function callsFromCsv(body: unknown): CallRecord[] {
  if (typeof body !== 'string' || !body.trim()) {
    throw new InputError(
      'send the CSV file as the body, with Content-Type text/csv',
    );
  }
  let rows: string[][];
  try {
    rows = parseCsv(body, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (e) {
    throw new InputError(`the file is not valid CSV: ${(e as Error).message}`);
  }
  const [header, ...lines] = rows;
  const missing = CALL_CSV_COLUMNS.filter(c => !header.includes(c));
  if (missing.length)
    throw new InputError(`line 1: the header lacks ${missing.join(', ')}`);
  if (!lines.length)
    throw new InputError('the file has no calls below its header');
  if (lines.length > MAX_CALLS)
    throw new InputError(`at most ${MAX_CALLS} calls per file`);
  const records = lines.map(cells =>
    Object.fromEntries(
      header.map((name, i) => [name, cells[i]]).filter(([, v]) => v !== ''),
    ),
  );
  return validated(records, i => `line ${i + 2}`);
}
