import { useApi } from '@backstage/frontend-plugin-api';
import {
  RosterChange,
  RosterChangeInput,
  RosterChangeType,
  RosterSlot,
  RosterView,
} from '@internal/plugin-service-desk-common';
import { useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatClock } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { instantInSlot } from './rosterDates';
import { slotKey, slotRefOf } from './slots';
import { useRosterRequest } from './useRosterRequest';

/** The change asked for one slot and its sending. */
export function useChangeRequest(
  view: RosterView,
  slot: RosterSlot,
  onDone: (change: RosterChange) => void,
) {
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const [type, setType] = useState<RosterChangeType>('cover');
  const [replacement, setReplacement] = useState('');
  const [partial, setPartial] = useState(false);
  const [times, setTimes] = useState({
    start: formatClock(slot.start, timeZone),
    end: formatClock(slot.end, timeZone),
  });
  const [swapWith, setSwapWith] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useRosterRequest();
  const swapSlots = view.slots.filter(
    s => s.holder === replacement && slotKey(s) !== slotKey(slot),
  );
  const ready =
    !!replacement && !!reason.trim() && (type === 'cover' || !!swapWith);

  const submit = async () => {
    const input: RosterChangeInput = {
      date: slot.date,
      kind: slot.kind,
      type,
      replacement,
      reason: reason.trim(),
    };
    if (type === 'cover' && partial) {
      input.start = instantInSlot(slot, times.start, timeZone, false);
      input.end = instantInSlot(slot, times.end, timeZone, true);
    }
    if (type === 'swap') input.swapWith = slotRefOf(swapWith);
    await run(async () => onDone(await api.requestRosterChange(input)));
  };

  return {
    type,
    setType,
    replacement,
    // Another replacement holds other slots, so the swap is chosen afresh.
    chooseReplacement: (ref: string) => {
      setReplacement(ref);
      setSwapWith('');
    },
    partial,
    setPartial,
    times,
    setTimes,
    swapWith,
    setSwapWith,
    swapSlots,
    reason,
    setReason,
    busy,
    error,
    ready,
    submit,
  };
}

export type ChangeRequestState = ReturnType<typeof useChangeRequest>;
