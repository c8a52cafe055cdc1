import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DESK_STAFF,
  createTicketSchema,
} from '@internal/plugin-service-desk-common';
import { ChangeEvent, FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useMe } from '@internal/plugin-service-desk-react';
import { serviceDeskTranslationRef } from '../../translation';
import {
  NewTicketFields,
  fieldErrors,
  initialFields,
  ticketBody,
} from './newTicketFields';

/**
 * The form's state and its submission: checked against the shared schema first, then sent, and
 * on success the new ticket is opened. A call answered by the telephone system arrives as
 * `?callId=…&phone=…`.
 */
export function useNewTicketForm() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const navigate = useNavigate();
  const links = useDeskLinks();
  const { timeZone, priority } = useDeskConfig();
  const me = useMe(serviceDeskApiRef);
  const isDesk = !!me.value?.roles.some(r => DESK_STAFF.includes(r));
  const [search] = useSearchParams();
  const callId = search.get('callId') || undefined;
  const [form, setForm] = useState(() =>
    initialFields(priority, search.get('phone') ?? ''),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const set =
    (key: keyof NewTicketFields) => (e: ChangeEvent<{ value: unknown }>) =>
      setForm(f => ({ ...f, [key]: String(e.target.value) }));
  const err = (key: string) =>
    errors[key] ? { error: true, helperText: errors[key] } : {};

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitError(undefined);
    const parsed = createTicketSchema.safeParse(
      ticketBody(form, { timeZone, isDesk, callId }),
    );
    if (!parsed.success) {
      setErrors(
        fieldErrors(parsed.error.issues, form, {
          invalid: t('newTicket.invalid'),
          required: t('newTicket.required'),
        }),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const ticket = await api.createTicket(parsed.data);
      navigate(links.ticket(ticket.id));
    } catch (error) {
      setSubmitError((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return {
    form,
    setForm,
    set,
    err,
    errors,
    submit,
    submitError,
    busy,
    isDesk,
    callId,
  };
}

/** What the form's sections need to show and change their fields. */
export type NewTicketFormState = ReturnType<typeof useNewTicketForm>;
