import { useApi } from '@backstage/frontend-plugin-api';
import { RosterView } from '@internal/plugin-service-desk-common';
import { useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { DateRange } from './rosterDates';
import { fillByRotation, isPlannable, slotKey } from './slots';
import { useRosterRequest } from './useRosterRequest';

/** The holders planned for the range and their saving; a refusal keeps the server's message. */
export function usePlan(
  view: RosterView,
  range: DateRange,
  onSaved: () => void,
) {
  const api = useApi(serviceDeskApiRef);
  const slots = view.slots.filter(
    s => s.date >= range.from && s.date <= range.to,
  );
  // Fixed when the dialog opens, so a slot starting meanwhile does not vanish from under the lead.
  const [open] = useState(() => slots.filter(isPlannable));
  const [holders, setHolders] = useState(() =>
    Object.fromEntries(slots.map(s => [slotKey(s), s.holder ?? ''])),
  );
  const { busy, error, run } = useRosterRequest();

  const save = () =>
    run(async () => {
      await api.planRoster({
        ...range,
        assignments: slots.map(s => ({
          date: s.date,
          kind: s.kind,
          holder: holders[slotKey(s)],
        })),
      });
      onSaved();
    });

  return {
    slots,
    open,
    openKeys: new Set(open.map(slotKey)),
    holders,
    setHolder: (key: string, holder: string) =>
      setHolders(h => ({ ...h, [key]: holder })),
    fillByRotation: () =>
      setHolders(h => ({ ...h, ...fillByRotation(open, view.eligible) })),
    complete: slots.every(s => !!holders[slotKey(s)]),
    busy,
    error,
    save,
  };
}
