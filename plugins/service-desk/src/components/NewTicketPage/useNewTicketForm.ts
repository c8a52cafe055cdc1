import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DESK_STAFF,
  createTicketSchema,
} from '@internal/plugin-service-desk-common';
import { ChangeEvent, FormEvent, useMemo, useState } from 'react';
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
 * `?callId=…&phone=…`; a problem reported from a service's page as `?entityRef=…`.
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
  // The service card's "report a problem" arrives as `?entityRef=…`, with the service chosen.
  const [form, setForm] = useState(() => ({
    ...initialFields(priority, search.get('phone') ?? ''),
    entityRef: (search.get('entityRef') ?? '').toLocaleLowerCase('en-US'),
  }));
  // Checked once the first submit fails, then again on every change: a mark disappears as soon
  // as its field is filled (a service picked) and appears as soon as one is needed (an emergency's
  // occurred-at).
  const [checked, setChecked] = useState(false);
  const parsed = useMemo(
    () =>
      createTicketSchema.safeParse(
        ticketBody(form, { timeZone, isDesk, callId }),
      ),
    [form, timeZone, isDesk, callId],
  );
  const errors = useMemo(
    () =>
      checked && !parsed.success
        ? fieldErrors(parsed.error.issues, form, {
            invalid: t('newTicket.invalid'),
            required: t('newTicket.required'),
          })
        : ({} as Record<string, string>),
    [checked, parsed, form, t],
  );
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
    setChecked(true);
    if (!parsed.success) return;
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
