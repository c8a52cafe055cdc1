import { z } from 'zod';
import { rowIdSchema, ticketIdSchema } from './ids';
import {
  isoDateTimeSchema,
  storableString,
  webAddressSchema,
} from './validation';

/**
 * Assessment items that no ticket carries (SPEC §7), as managers record them, with the grade or
 * sub-kind each one needs. `void` records a correction: it cancels the entry it names.
 */
export const ASSESSMENT_GRADES = {
  permit_failure: [],
  report_failure: [],
  event_response_failure: [],
  desk_complaint: [],
  special_work: ['on_time_good', 'on_time_poor', 'late_or_bad_impact'],
  knowledge_base: ['on_time_good', 'late_or_mediocre', 'missing_or_poor'],
  security_check: ['not_done', 'hazard_missed', 'fix_overdue'],
  ops_security: [
    'no_nda',
    'classified_email',
    'illegal_outbound',
    'level8_event',
    'level7_or_worse',
    'leak',
  ],
  bonus: ['best_practice', 'provincial_hazard', 'innovation'],
  void: [],
} as const;

export type AssessmentKind = keyof typeof ASSESSMENT_GRADES;
export const ASSESSMENT_KINDS = Object.keys(
  ASSESSMENT_GRADES,
) as AssessmentKind[];

export const newAssessmentEntrySchema = z
  .object({
    kind: z.enum(ASSESSMENT_KINDS as [AssessmentKind, ...AssessmentKind[]]),
    grade: z.string().max(40).optional(),
    persons: z.number().int().min(1).max(10000).optional(),
    occurredAt: isoDateTimeSchema,
    description: storableString().trim().min(1, 'must not be empty').max(5000),
    evidenceUrl: webAddressSchema.optional(),
    /** The ticket behind the item (required for event-response failures). */
    ticketId: ticketIdSchema.optional(),
    /** The entry a correction cancels (required for `void`, allowed on any kind as a replacement). */
    voidsId: rowIdSchema('must be an entry id').optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const grades = ASSESSMENT_GRADES[e.kind] as readonly string[];
    if (grades.length && !grades.includes(e.grade ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['grade'],
        message: `must be one of ${grades.join(', ')}`,
      });
    }
    if (!grades.length && e.grade !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['grade'],
        message: `${e.kind} takes no grade`,
      });
    }
    if ((e.grade === 'no_nda') !== (e.persons !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['persons'],
        message: 'persons goes with ops_security no_nda, and only there',
      });
    }
    if (e.kind === 'event_response_failure' && !e.ticketId) {
      ctx.addIssue({
        code: 'custom',
        path: ['ticketId'],
        message: 'an event-response failure names its ticket',
      });
    }
    if (e.kind === 'void' && !e.voidsId) {
      ctx.addIssue({
        code: 'custom',
        path: ['voidsId'],
        message: 'a correction names the entry it voids',
      });
    }
  });
export type NewAssessmentEntryInput = z.infer<typeof newAssessmentEntrySchema>;

/** An assessment item as recorded; never edited, a later entry may void it. */
export interface AssessmentEntry {
  id: string;
  kind: string;
  grade?: string;
  persons?: number;
  occurredAt: string;
  description: string;
  evidenceUrl?: string;
  ticketId?: string;
  ticketDisplayId?: string;
  voidsId?: string;
  /** Set when a later entry voided this one (it no longer counts). */
  voidedById?: string;
  recordedBy: string;
  recordedAt: string;
}
