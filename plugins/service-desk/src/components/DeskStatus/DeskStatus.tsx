import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { RosterShift, serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatTime, shortRef } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';

/** Today's answered-in-time rate (§7.4 item 1) and who is on shift now and next (§8.6). */
export function DeskStatus() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const calls = useAsync(() => api.getCallsToday(), [api]);
  const roster = useAsync(() => api.getRosterNow(), [api]);
  const shift = (label: string, s: RosterShift) =>
    t('deskStatus.shift', {
      label,
      kind: t(`deskStatus.kinds.${s.kind}`),
      people: s.people.map(shortRef).join(', ') || '—',
      until: formatTime(s.end, timeZone),
    });
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} my={1} data-testid="desk-status">
      {calls.value && (
        <Chip
          color={calls.value.rate !== undefined && calls.value.rate < 0.99 ? 'secondary' : 'default'}
          label={t('deskStatus.answered', {
            seconds: String(calls.value.answerSeconds),
            rate: calls.value.rate === undefined ? '—' : `${(calls.value.rate * 100).toFixed(1)}%`,
            inTime: String(calls.value.inTime),
            answered: String(calls.value.answered),
          })}
        />
      )}
      {roster.value && (
        <Typography variant="body2" component="span" style={{ alignSelf: 'center' }}>
          {shift(t('deskStatus.now'), roster.value.current)} · {shift(t('deskStatus.next'), roster.value.next)}
        </Typography>
      )}
    </Box>
  );
}
