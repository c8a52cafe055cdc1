import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { DESK_STAFF, DeskRole } from '@internal/plugin-service-desk-common';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { OnDutyNow } from '../OnDutyNow';
import { HomeCard } from './HomeCard';
import { useShownTo } from './useShownTo';

/** Those who may read the roster (the backend's rule): the desk and managers. */
export const ON_DUTY_ROLES: readonly DeskRole[] = [...DESK_STAFF, 'manager'];

/** Who is on shift now and who takes over next (§8.6), from the roster. */
export function OnDutyCard() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const links = useDeskLinks();
  const shown = useShownTo(ON_DUTY_ROLES);
  if (!shown) return null;
  return (
    <HomeCard
      title={t('home.onDuty.title')}
      link={{ title: t('home.onDuty.roster'), to: links.roster }}
    >
      <OnDutyNow />
    </HomeCard>
  );
}
