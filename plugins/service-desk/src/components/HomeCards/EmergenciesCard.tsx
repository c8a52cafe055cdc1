import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DESK_STAFF,
  DeskRole,
  OPEN_STATES,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';
import { TicketListQuery } from '../../api/ServiceDeskApi';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { CARD_TICKETS } from './MyQueueCard';
import { TicketListCard } from './TicketListCard';
import { useShownTo } from './useShownTo';

/** The desk watches the emergency clocks (§5); managers answer for them. */
export const EMERGENCIES_ROLES: readonly DeskRole[] = [
  ...DESK_STAFF,
  'manager',
];

/** The open emergencies, the nearest deadline first, with their clocks counting live. */
export function EmergenciesCard() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const links = useDeskLinks();
  const shown = useShownTo(EMERGENCIES_ROLES);
  const query = useMemo<TicketListQuery>(
    () => ({
      emergency: true,
      state: [...OPEN_STATES],
      order: 'deadline',
      limit: CARD_TICKETS,
    }),
    [],
  );
  if (!shown) return null;
  return (
    <TicketListCard
      title={t('home.emergencies.title')}
      query={query}
      empty={t('home.emergencies.empty')}
      link={{ title: t('home.emergencies.all'), to: links.desk }}
    />
  );
}
