import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import { ChangeEvent, useState } from 'react';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import {
  ActionFields,
  chosenFields,
  initialFields,
  isMissing,
  neededFields,
} from './actionFields';

/** The dialog's fields and their submission, which sends only what the action asked for. */
export function useActionForm(
  ticket: Ticket,
  action: TicketAction,
  onSubmit: (fields: ActionFields) => Promise<void>,
) {
  const { timeZone } = useDeskConfig();
  const [toldAlongside, setToldAlongside] = useState(false);
  const needs = neededFields(ticket, action, toldAlongside);
  const [fields, setFields] = useState<ActionFields>(() =>
    initialFields(ticket, action, timeZone),
  );
  const [busy, setBusy] = useState(false);
  const set =
    (key: keyof ActionFields) => (e: ChangeEvent<{ value: unknown }>) =>
      setFields(f => ({ ...f, [key]: String(e.target.value) }));

  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit(chosenFields(fields, needs, timeZone));
    } finally {
      setBusy(false);
    }
  };

  return {
    needs,
    fields,
    setFields,
    set,
    toldAlongside,
    setToldAlongside,
    busy,
    missing: isMissing(action, needs, fields),
    submit,
  };
}

/** What the dialog's sections need to show and change the fields. */
export type ActionFormState = ReturnType<typeof useActionForm>;
