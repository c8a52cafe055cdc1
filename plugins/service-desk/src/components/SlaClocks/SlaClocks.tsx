import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, slaClocks } from '@internal/plugin-service-desk-common';
import Chip from '@material-ui/core/Chip';
import { useEffect, useState } from 'react';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { useDurationText } from './useDurationText';

type Clock = ReturnType<typeof slaClocks>[number];

const LABELS = {
  emergencyClose: 'sla.close',
  emergencyResponse: 'sla.response',
  timelyHandling: 'sla.timely',
} as const;

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

/** One clock: met or missed once stopped; time left or overdue while running. */
function ClockChip(props: { clock: Clock }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const duration = useDurationText();
  const c = props.clock;
  // mm:ss while under an hour: the 15-minute response limit is counted to the second.
  const time = duration(c.remainingMs, { clock: true });
  let status: string;
  if (c.stoppedAt) status = c.breached ? t('sla.missed') : t('sla.met');
  else if (c.remainingMs >= 0) status = t('sla.left', { time });
  else status = t('sla.overdue', { time });
  return (
    <Chip
      size="small"
      data-testid={`sla-${c.kind}`}
      color={c.breached ? 'secondary' : 'default'}
      label={`${t(LABELS[c.kind])}: ${status}`}
      style={{ marginRight: 4, marginBottom: 2 }}
    />
  );
}

/** The emergency clocks of SPEC §5: 15 min to respond, 60 min to close. */
export function SlaClocks(props: { ticket: Ticket; showTimely?: boolean }) {
  const { sla } = useDeskConfig();
  const { ticket } = props;
  const running = slaClocks(ticket, new Date(), sla).some(c => !c.stoppedAt);
  const now = useNow(running);
  const clocks = slaClocks(ticket, now, sla).filter(
    c => props.showTimely || c.kind !== 'timelyHandling',
  );
  return (
    <span>
      {clocks.map(c => (
        <ClockChip key={c.kind} clock={c} />
      ))}
    </span>
  );
}
