import { z } from 'zod';

/**
 * The id of a stored row (a ticket, an assessment entry, a roster change): a positive decimal of
 * at most 18 digits, so that it always fits PostgreSQL's bigint and anything else is refused
 * before it reaches the database.
 */
const ROW_ID = /^[1-9][0-9]{0,17}$/;

/** A row id, refused with `message` when it is not one. */
export const rowIdSchema = (message: string) =>
  z.string().regex(ROW_ID, message);

/** The id of a ticket (its `id`, not the display id people read, SD-202611-00042). */
export const ticketIdSchema = rowIdSchema('must be a ticket id');

/** Whether a string is a ticket id; anything else names no ticket. */
export function isTicketId(value: string): boolean {
  return ticketIdSchema.safeParse(value).success;
}
