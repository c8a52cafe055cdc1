import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { TICKET_ACTIONS } from './lifecycle';
import {
  DISPATCH_REJECTION_REASONS,
  PRIORITIES,
  SATISFACTION_RATINGS,
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_STATES,
} from './types';

/**
 * Input schemas shared by the backend (which enforces them) and the frontend forms (which check
 * before sending). Limits keep one request from filling the database.
 */

/**
 * A string every database engine stores as sent: PostgreSQL's text type refuses U+0000, so a
 * NUL is refused here, naming the field, instead of failing in the database with a 500.
 */
export const storableString = () =>
  z
    .string()
    // NUL written \0: no-control-regex refuses the \u0000 spelling, which means the same.
    .regex(/^[^\0]*$/, 'must not contain a NUL character')
    .refine(
      isWellFormedUnicode,
      'must be well-formed Unicode (it has a lone surrogate)',
    );

/**
 * Whether a string is well-formed UTF-16: a lone surrogate (half of a pair, e.g. "\ud800x") has no
 * UTF-8 form, so PostgreSQL refuses it and browsers show it as garbage.
 */
export function isWellFormedUnicode(value: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
    value,
  );
}

/**
 * Characters that show nothing: whitespace, controls, format characters (zero-width space and
 * joiners, the byte-order mark, direction marks), the Hangul fillers, the braille blank and the
 * combining grapheme joiner.
 */
const INVISIBLE =
  /^[\p{White_Space}\p{Cc}\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0\u2800\u034f]*$/u;

/** Whether a string has at least one character a reader can see. */
export function hasVisibleCharacter(value: string): boolean {
  return !INVISIBLE.test(value);
}

const text = (max: number) =>
  storableString().trim().min(1, 'must not be empty').max(max);
/** Text a person must be able to read: a title of zero-width spaces is no title. */
export const visibleText = (max: number) =>
  text(max).refine(hasVisibleCharacter, 'must contain a visible character');

/** A link shown to people: only web addresses, never javascript: or data: URLs. */
export const webAddressSchema = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(1000);

const entityRef = (kind?: string) =>
  storableString()
    .max(300)
    .refine(
      value => {
        try {
          const ref = parseEntityRef(value);
          return !kind || ref.kind.toLocaleLowerCase('en-US') === kind;
        } catch {
          return false;
        }
      },
      {
        message: kind
          ? `must be a ${kind} entity ref like ${kind}:default/name`
          : 'must be an entity ref like component:default/name',
      },
    );

export const userRefSchema = entityRef('user');
export const entityRefSchema = entityRef();

/** Date.parse reads 2026-02-30 as 2 March; a calendar day that does not exist is refused instead. */
function dayExists(value: string): boolean {
  const day = value.slice(0, 10);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(midnight) &&
    new Date(midnight).toISOString().slice(0, 10) === day
  );
}

/** An instant with its time zone, as every date-time of the API is sent. */
export const isoDateTimeSchema = z
  .string()
  .max(40)
  .refine(
    v =>
      /^\d{4}-\d{2}-\d{2}T/.test(v) &&
      !Number.isNaN(Date.parse(v)) &&
      dayExists(v),
    {
      message:
        'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-28T09:30:00Z',
    },
  )
  .refine(v => /(Z|[+-]\d{2}:?\d{2})$/.test(v), {
    message: 'must name its time zone (Z or ±hh:mm)',
  });

export const reporterSchema = z
  .object({
    name: visibleText(100),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9+\-() ]*$/, 'digits, spaces, + - ( ) only')
      .optional(),
    organisation: storableString().trim().max(200).optional(),
    userRef: userRefSchema.optional(),
  })
  .strict();

const ticketFields = {
  kind: z.enum(TICKET_KINDS),
  emergency: z.boolean().default(false),
  occurredAt: isoDateTimeSchema.optional(),
  impact: text(40),
  urgency: text(40),
  category: text(200),
  title: visibleText(200),
  description: visibleText(10000),
  reporter: reporterSchema,
  channel: z.enum(TICKET_CHANNELS),
  entityRef: entityRefSchema,
};

const emergencyNeedsOccurredAt = (t: {
  emergency?: boolean;
  occurredAt?: string;
}) => !t.emergency || !!t.occurredAt;
const occurredAtMessage = {
  message: 'an emergency needs occurredAt: when the emergency happened',
  path: ['occurredAt'],
};

export const createTicketSchema = z
  .object({
    ...ticketFields,
    /** The telephone system's id of the call the ticket is opened from (§8.1). */
    callId: storableString().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine(emergencyNeedsOccurredAt, occurredAtMessage);
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const actionSchema = z
  .object({
    action: z.enum(TICKET_ACTIONS),
    /** The ticket version the action was based on (optimistic concurrency). */
    version: z.number().int().min(1),
    comment: storableString().trim().max(5000).optional(),
    projectManagerRef: userRefSchema.optional(),
    assigneeRef: userRefSchema.optional(),
    resolution: storableString().trim().max(10000).optional(),
    reason: z.enum(DISPATCH_REJECTION_REASONS).optional(),
    rating: z.enum(SATISFACTION_RATINGS).optional(),
    userConfirmed: z.boolean().optional(),
    complaint: z.boolean().optional(),
    /** Whom the desk told of an emergency (notify; or recorded with a dispatch or resolve). */
    notifiedWhom: storableString().trim().max(500).optional(),
    /** set_occurred_at: when the emergency happened. */
    occurredAt: isoDateTimeSchema.optional(),
  })
  .strict();
export type ActionRequest = z.infer<typeof actionSchema>;

export const importEventSchema = actionSchema
  .omit({ version: true })
  .extend({ at: isoDateTimeSchema, actorRef: userRefSchema })
  .strict();

export const importTicketSchema = z
  .object({
    ...ticketFields,
    externalId: text(100),
    acceptedAt: isoDateTimeSchema,
    acceptedBy: userRefSchema,
    /** The PM the old platform routed to; routing decides when absent. */
    projectManagerRef: userRefSchema.optional(),
    events: z.array(importEventSchema).max(200).default([]),
  })
  .strict()
  .refine(emergencyNeedsOccurredAt, occurredAtMessage);
export type ImportTicketInput = z.infer<typeof importTicketSchema>;

export const importBatchSchema = z
  .object({ tickets: z.array(z.unknown()).min(1).max(1000) })
  .strict();

export const listQuerySchema = z
  .object({
    state: z
      .union([z.enum(TICKET_STATES), z.array(z.enum(TICKET_STATES))])
      .optional(),
    kind: z
      .union([z.enum(TICKET_KINDS), z.array(z.enum(TICKET_KINDS))])
      .optional(),
    entityRef: entityRefSchema.optional(),
    assigneeRef: userRefSchema.optional(),
    /** Tickets routed to, assigned to, reported by or handled by this user ("my tickets"). */
    involving: userRefSchema.optional(),
    /** `me`: tickets whose next step waits on the caller ("Mine"; see `waitingOn`). */
    waitingOn: z.enum(['me']).optional(),
    emergency: z.enum(['true', 'false']).optional(),
    priority: z.enum(PRIORITIES).optional(),
    q: storableString().trim().max(200).optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    /**
     * newest first (the default); oldest first (the callback queue); or by time left on the
     * ticket's running SLA clocks, the nearest deadline first and tickets with none last.
     */
    order: z.enum(['newest', 'oldest', 'deadline']).default('newest'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuerySchema>;

/** A zod error as one line naming each offending field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map(i => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
}
