import {
  PriorityMatrix,
  deskTimeToUtc,
} from '@internal/plugin-service-desk-common';

/** What the form holds: strings as typed, turned into the request body on submit. */
export type NewTicketFields = {
  kind: string;
  emergency: boolean;
  /** As typed, yyyy-MM-dd HH:mm in the desk's zone. */
  occurredAt: string;
  category: string;
  impact: string;
  urgency: string;
  entityRef: string;
  title: string;
  description: string;
  reporterName: string;
  reporterPhone: string;
  reporterOrganisation: string;
  reporterRef: string;
  channel: string;
};

/** An empty form; impact and urgency start at the second level of the matrix. */
export function initialFields(
  priority: PriorityMatrix,
  reporterPhone: string,
): NewTicketFields {
  return {
    kind: 'incident',
    emergency: false,
    occurredAt: '',
    category: '',
    impact: priority.impacts[1] ?? priority.impacts[0] ?? '',
    urgency: priority.urgencies[1] ?? priority.urgencies[0] ?? '',
    entityRef: '',
    title: '',
    description: '',
    reporterName: '',
    reporterPhone,
    reporterOrganisation: '',
    reporterRef: '',
    channel: 'phone',
  };
}

/** The request body before validation; only desk staff choose the channel. */
export function ticketBody(
  form: NewTicketFields,
  context: { timeZone: string; isDesk: boolean; callId?: string },
) {
  return {
    kind: form.kind,
    emergency: form.emergency,
    // Unreadable text sends nothing, so the schema names the field (invalid, being filled).
    occurredAt: form.emergency
      ? deskTimeToUtc(form.occurredAt, context.timeZone)
      : undefined,
    impact: form.impact,
    urgency: form.urgency,
    category: form.category,
    title: form.title,
    description: form.description,
    reporter: {
      name: form.reporterName,
      phone: form.reporterPhone || undefined,
      organisation: form.reporterOrganisation || undefined,
      userRef: form.reporterRef || undefined,
    },
    channel: context.isDesk ? form.channel : 'portal',
    entityRef: form.entityRef,
    callId: context.callId,
  };
}

/**
 * One message per invalid path of the body: a field left empty is required, a filled one is
 * invalid.
 */
export function fieldErrors(
  issues: ReadonlyArray<{ path: PropertyKey[] }>,
  form: NewTicketFields,
  messages: { invalid: string; required: string },
): Record<string, string> {
  return Object.fromEntries(
    issues.map(i => [
      i.path.join('.'),
      form[fieldOf(i.path)] ? messages.invalid : messages.required,
    ]),
  );
}

/** The form field behind a path of the request body (reporter.name → reporterName). */
function fieldOf(path: PropertyKey[]): keyof NewTicketFields {
  const [first, second] = path.map(String);
  return (
    first === 'reporter' && second
      ? `reporter${second[0].toUpperCase()}${second.slice(1)}`
      : first
  ) as keyof NewTicketFields;
}
