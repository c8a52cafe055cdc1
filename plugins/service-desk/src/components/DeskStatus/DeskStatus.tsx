import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { percentOf } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { serviceDeskTranslationRef } from '../../translation';
import { OnDutyNow } from '../OnDutyNow';

/** Today's answered-in-time rate (§7.4 item 1) and who is on shift now and next (§8.6). */
export function DeskStatus() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const calls = useAsync(() => api.getCallsToday(), [api]);
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      style={{ gap: 8 }}
      my={1}
      data-testid="desk-status"
    >
      {calls.value && (
        <Chip
          color={
            calls.value.rate !== undefined && calls.value.rate < 0.99
              ? 'secondary'
              : 'default'
          }
          label={t('deskStatus.answered', {
            seconds: String(calls.value.answerSeconds),
            // Rounded half-up from the counts, as the scorecard and its workbook show it.
            rate: calls.value.answered
              ? `${percentOf(calls.value.inTime, calls.value.answered)}%`
              : '—',
            inTime: String(calls.value.inTime),
            answered: String(calls.value.answered),
          })}
        />
      )}
      <OnDutyNow />
    </Box>
  );
}
