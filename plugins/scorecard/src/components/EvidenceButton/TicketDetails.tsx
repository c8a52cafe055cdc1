import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { EvidenceTicketDetails } from '@internal/plugin-service-desk-common';
import { useScorecardConfig } from '../../hooks/useScorecardConfig';
import { localDateTime } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A ticket behind a figure: when it reached the desk and closed (desk zone), and who had it. */
export function TicketDetails({
  details: d,
}: {
  details: EvidenceTicketDetails;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { timeZone } = useScorecardConfig();
  return (
    <>
      <span style={NOWRAP}>
        {t('evidence.accepted', {
          time: localDateTime(d.acceptedAt, timeZone),
        })}
      </span>
      {' · '}
      <span style={NOWRAP}>
        {d.closedAt
          ? t('evidence.closed', { time: localDateTime(d.closedAt, timeZone) })
          : t('evidence.stillOpen')}
      </span>
      <div>
        {t('evidence.acceptedBy')}{' '}
        <EntityDisplayName entityRef={d.acceptedBy} hideIcon />
        {d.pmRef && (
          <>
            {' · '}
            {t('evidence.pm')}{' '}
            <EntityDisplayName entityRef={d.pmRef} hideIcon />
          </>
        )}
        {d.assigneeRef && (
          <>
            {' · '}
            {t('evidence.assignee')}{' '}
            <EntityDisplayName entityRef={d.assigneeRef} hideIcon />
          </>
        )}
      </div>
    </>
  );
}
