import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, slaClocks } from '@internal/plugin-service-desk-common';
import Chip from '@material-ui/core/Chip';
import { useEffect, useState } from 'react';
import { formatDuration } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';

/** Ticks once a second while any clock runs, so the figures count live. */
function useNow(running: boolean) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** The emergency clocks of SPEC §5: 15 min to respond, 60 min to close. */
export function SlaClocks(props: { ticket: Ticket; showTimely?: boolean }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { sla } = useDeskConfig();
  const { ticket } = props;
  const running = slaClocks(ticket, new Date(), sla).some(c => !c.stoppedAt);
  const now = useNow(running);
  const clocks = slaClocks(ticket, now, sla).filter(
    c => props.showTimely || c.kind !== 'timelyHandling',
  );
  return (
    <span>
      {clocks.map(c => {
        const label =
          c.kind === 'emergencyClose'
            ? t('sla.close')
            : c.kind === 'emergencyResponse'
            ? t('sla.response')
            : t('sla.timely');
        const time = formatDuration(c.remainingMs);
        const status = c.stoppedAt
          ? c.breached
            ? t('sla.missed')
            : t('sla.met')
          : c.remainingMs >= 0
          ? t('sla.left', { time })
          : t('sla.overdue', { time });
        return (
          <Chip
            key={c.kind}
            size="small"
            data-testid={`sla-${c.kind}`}
            color={c.breached ? 'secondary' : 'default'}
            label={`${label}: ${status}`}
            style={{ marginRight: 4 }}
          />
        );
      })}
    </span>
  );
}
