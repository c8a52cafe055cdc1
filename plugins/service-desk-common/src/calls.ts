import { z } from 'zod';
import { SATISFACTION_RATINGS } from './types';
import { storableString } from './validation';

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date-time with a time zone',
});

/** A call record from the telephone system (§8.1). Unanswered calls have no answeredAt. */
export const callRecordSchema = z
  .object({
    callId: storableString().trim().min(1).max(100),
    ringAt: instant,
    answeredAt: instant.optional(),
    endedAt: instant.optional(),
    agentRef: storableString().max(300).optional(),
    callerNumber: z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9+\-() ]*$/, 'digits, spaces, + - ( ) only')
      .optional(),
    ivrRating: z.enum(SATISFACTION_RATINGS).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ring = Date.parse(c.ringAt);
    if (c.answeredAt && Date.parse(c.answeredAt) < ring) {
      ctx.addIssue({
        code: 'custom',
        path: ['answeredAt'],
        message: 'is before ringAt',
      });
    }
    if (
      c.endedAt &&
      Date.parse(c.endedAt) < Date.parse(c.answeredAt ?? c.ringAt)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedAt'],
        message: 'is before the call was answered or rang',
      });
    }
  });
export type CallRecordInput = z.infer<typeof callRecordSchema>;

/** The columns of a call CSV upload, in the telephone system's export order. */
export const CALL_CSV_COLUMNS = [
  'callId',
  'ringAt',
  'answeredAt',
  'endedAt',
  'agentRef',
  'callerNumber',
  'ivrRating',
] as const;
