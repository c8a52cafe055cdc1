import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  AssessmentKind,
  isTicketId,
} from '@internal/plugin-service-desk-common';
import { ChangeEvent, FormEvent, useState } from 'react';
import { ScorecardApi, scorecardApiRef } from '../../api/ScorecardApi';
import { AssessmentEntry } from '../../api/types';
import { scorecardTranslationRef } from '../../translation';
import {
  FieldErrors,
  FormState,
  emptyForm,
  parseEntry,
  shapeOf,
} from './entryForm';

/** The ticket's id from what was typed: an id as is, a display id looked up, null if none. */
async function ticketIdOf(
  api: ScorecardApi,
  typed: string,
): Promise<string | undefined | null> {
  if (!typed) return undefined;
  if (isTicketId(typed)) return typed;
  return (await api.findTicket(typed))?.id ?? null;
}

/** The entry form's state, its field errors and its submission to the backend. */
export function useEntryForm(props: {
  timeZone: string;
  onSaved: (entry: AssessmentEntry) => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const api = useApi(scorecardApiRef);
  const [form, setForm] = useState<FormState>(() => emptyForm(props.timeZone));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();

  const set =
    (field: keyof FormState) => (e: ChangeEvent<{ value: unknown }>) => {
      const value = String(e.target.value);
      setForm(f =>
        field === 'kind'
          ? { ...f, kind: value as AssessmentKind, grade: '' }
          : { ...f, [field]: value },
      );
      setErrors(x => ({ ...x, [field]: undefined }));
    };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOutcome(undefined);
    setBusy(true);
    try {
      const typed = shapeOf(form).takesTicket ? form.ticket.trim() : '';
      const ticketId = await ticketIdOf(api, typed);
      const { parsed, problems } = parseEntry(
        form,
        props.timeZone,
        { typed, id: ticketId ?? undefined },
        t,
      );
      if (ticketId === null)
        problems.ticket = t('form.noTicket', { ticket: typed });
      setErrors(problems);
      if (Object.keys(problems).length || !parsed.success) return;
      const entry = await api.createAssessmentEntry(parsed.data);
      setOutcome({ ok: true, message: t('form.saved', { id: entry.id }) });
      setForm(f => ({ ...emptyForm(props.timeZone), kind: f.kind }));
      props.onSaved(entry);
    } catch (error) {
      setOutcome({
        ok: false,
        message: t('form.failed', { message: (error as Error).message }),
      });
    } finally {
      setBusy(false);
    }
  };

  return { form, errors, busy, outcome, set, submit };
}
