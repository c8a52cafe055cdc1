import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterChange, RosterSlot } from '@internal/plugin-service-desk-common';
import { useState } from 'react';
import { serviceDeskTranslationRef } from '../../translation';

/** The plan and change dialogs; what they saved is announced and the roster reloaded. */
export function useRosterDialogs(reload: () => void) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const [planning, setPlanning] = useState(false);
  const [changing, setChanging] = useState<RosterSlot>();
  const [notice, setNotice] = useState<string>();

  const planned = (saved: boolean) => {
    setPlanning(false);
    if (!saved) return;
    setNotice(t('roster.plan.saved'));
    reload();
  };
  const changed = (change?: RosterChange) => {
    setChanging(undefined);
    if (!change) return;
    setNotice(
      t(
        change.status === 'pending'
          ? 'roster.change.pending'
          : 'roster.change.applied',
      ),
    );
    reload();
  };

  return {
    planning,
    startPlanning: () => setPlanning(true),
    planned,
    changing,
    setChanging,
    changed,
    notice,
    dismissNotice: () => setNotice(undefined),
  };
}
