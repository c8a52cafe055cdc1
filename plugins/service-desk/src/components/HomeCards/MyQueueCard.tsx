import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import { TicketListQuery } from '../../api/ServiceDeskApi';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { TicketListCard } from './TicketListCard';

/** How many tickets a home card lists before "n more". */
export const CARD_TICKETS = 5;

/**
 * The tickets whose next step waits on the signed-in user (the backend's `waitingOn=me`): the
 * desk's queue for agents and the lead, the dispatched or resolved tickets for a PM, the
 * assigned ones for an engineer. Shown to everyone: for a user nothing waits on, the empty
 * state says so.
 */
export function MyQueueCard() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const links = useDeskLinks();
  const query = useMemo<TicketListQuery>(
    () => ({ waitingOn: 'me', order: 'deadline', limit: CARD_TICKETS }),
    [],
  );
  return (
    <TicketListCard
      title={t('home.myQueue.title')}
      query={query}
      empty={t('home.myQueue.empty')}
      link={{ title: t('home.myQueue.all'), to: links.mine }}
    />
  );
}
