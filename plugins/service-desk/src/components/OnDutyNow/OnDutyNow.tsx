import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { OnDutyShift } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { PeopleNames } from '../RosterPage/PeopleNames';

/**
 * Who is on shift now and next (§8.6), for the desk page and the roster page, by their catalog
 * names. Shows nothing until loaded or when the backend refuses: the pages around it say why.
 */
export function OnDutyNow() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const roster = useAsync(() => api.getRosterNow(), [api]);
  if (!roster.value) return null;
  const shift = (label: string, s: OnDutyShift) => (
    <>
      {t('deskStatus.shift', { label, kind: t(`deskStatus.kinds.${s.kind}`) })}{' '}
      <PeopleNames refs={s.people} />{' '}
      {t('deskStatus.until', { until: formatTime(s.end, timeZone) })}
      {!s.planned && ` ${t('deskStatus.notPlanned')}`}
    </>
  );
  return (
    <Typography
      variant="body2"
      component="span"
      style={{ alignSelf: 'center' }}
      data-testid="on-duty-now"
    >
      {shift(t('deskStatus.now'), roster.value.current)} ·{' '}
      {shift(t('deskStatus.next'), roster.value.next)}
    </Typography>
  );
}
