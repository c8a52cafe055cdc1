import {
  ASSESSMENT_GRADES,
  ASSESSMENT_KINDS,
  AssessmentKind,
  DESK_DATE_TIME_FORMAT,
  deskTimeToUtc,
  newAssessmentEntrySchema,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { Translate } from '../../lib/scoreText/messages';

/** Corrections are made from the entries list (Void), not recorded as an item of their own. */
export const KINDS = ASSESSMENT_KINDS.filter(k => k !== 'void');
/** Bonus additions concern no ticket, so no deduction can compete with them for one. */
const WITHOUT_TICKET: AssessmentKind[] = ['bonus'];

export type Field =
  | 'kind'
  | 'grade'
  | 'persons'
  | 'occurredAt'
  | 'description'
  | 'evidenceUrl'
  | 'ticket';

export type FormState = Record<Exclude<Field, 'kind'>, string> & {
  kind: AssessmentKind;
};

export type FieldErrors = Partial<Record<Field, string>>;

const nowIn = (timeZone: string) =>
  DateTime.now().setZone(timeZone).toFormat(DESK_DATE_TIME_FORMAT);

export const emptyForm = (timeZone: string): FormState => ({
  kind: 'permit_failure',
  grade: '',
  persons: '1',
  occurredAt: nowIn(timeZone),
  description: '',
  evidenceUrl: '',
  ticket: '',
});

/** Which fields the chosen kind and grade ask for. */
export function shapeOf(form: FormState) {
  return {
    grades: ASSESSMENT_GRADES[form.kind] as readonly string[],
    needsPersons: form.grade === 'no_nda',
    ticketRequired: form.kind === 'event_response_failure',
    takesTicket: !WITHOUT_TICKET.includes(form.kind),
  };
}

/**
 * The form as the backend's schema reads it, checked by that schema: the entry to send, or the
 * problem of each field ("required" when it is empty, "invalid" otherwise).
 */
export function parseEntry(
  form: FormState,
  timeZone: string,
  ticket: { typed: string; id: string | undefined },
  t: Translate,
) {
  const { grades, needsPersons } = shapeOf(form);
  const input = {
    kind: form.kind,
    ...(grades.length ? { grade: form.grade } : {}),
    ...(needsPersons ? { persons: Number(form.persons) } : {}),
    occurredAt: deskTimeToUtc(form.occurredAt, timeZone) ?? '',
    description: form.description.trim(),
    ...(form.evidenceUrl.trim()
      ? { evidenceUrl: form.evidenceUrl.trim() }
      : {}),
    ...(ticket.id ? { ticketId: ticket.id } : {}),
  };
  const parsed = newAssessmentEntrySchema.safeParse(input);
  const problems: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0]);
      const field = (path === 'ticketId' ? 'ticket' : path) as Field;
      const missing =
        field === 'ticket'
          ? !ticket.typed
          : !(input as Record<string, unknown>)[path];
      problems[field] ??= missing ? t('form.required') : t('form.invalid');
    }
  }
  return { parsed, problems };
}
