import { useApi } from '@backstage/frontend-plugin-api';
import {
  RosterSlotRef,
  RosterView,
  fillByRotation,
} from '@internal/plugin-service-desk-common';
import { useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { DateRange } from './rosterDates';
import { isPlannable, slotKey } from './slots';
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
  const [unfilled, setUnfilled] = useState<RosterSlotRef[]>([]);
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
    fillByRotation: () => {
      const openKeys = new Set(open.map(slotKey));
      // The duty that stays: slots not being planned, and the days just outside the view.
      const fixed = [
        ...view.slots
          .filter(s => !openKeys.has(slotKey(s)))
          .flatMap(s =>
            s.onDuty.map(d => ({ ...d, slot: { date: s.date, kind: s.kind } })),
          ),
        ...view.adjacent.map(a => ({
          ...a,
          slot: { date: a.date, kind: a.kind },
        })),
      ];
      const rotation = fillByRotation(open, view.eligible, fixed, view.rest);
      setHolders(h => ({ ...h, ...rotation.holders }));
      setUnfilled(rotation.unfilled);
    },
    /** The slots the last rotation left open: nobody fits them under the rest rule. */
    unfilled,
    complete: slots.every(s => !!holders[slotKey(s)]),
    busy,
    error,
    save,
  };
}
