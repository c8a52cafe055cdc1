import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { PeriodClose } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { localDateTime } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';

const SEVERITY = {
  sealed: 'success',
  submitted: 'info',
  open: 'warning',
} as const;

/** Where the period stands, who put it there and when (in the desk's zone). */
export function SealStatus(props: { close: PeriodClose; timeZone: string }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { close, timeZone } = props;
  const { seal, request } = close;
  const person = (ref: string) => (
    <EntityDisplayName entityRef={ref} defaultKind="user" hideIcon />
  );
  const time = (iso: string) => localDateTime(iso, timeZone);
  let status: JSX.Element | string = t('closing.status.open');
  if (close.status === 'sealed' && seal)
    status = t('closing.status.sealed', {
      who: person(seal.sealedBy),
      time: time(seal.sealedAt),
      version: seal.ruleSetVersion,
    });
  if (close.status === 'submitted' && request)
    status = t('closing.status.submitted', {
      who: person(request.submittedBy),
    });
  return (
    <Alert severity={SEVERITY[close.status]} data-testid="seal-status">
      <Typography variant="body1" component="div">
        {status}
      </Typography>
      {close.status === 'submitted' && request && (
        <Typography variant="body2" component="div">
          {t('closing.submitted', { time: time(request.submittedAt) })}
          {request.note && ` · ${t('closing.note', { note: request.note })}`}
        </Typography>
      )}
      {close.status === 'open' &&
        request?.state === 'returned' &&
        request.decidedBy && (
          <Typography variant="body2" component="div">
            {t('closing.returned', {
              who: person(request.decidedBy),
              time: time(request.decidedAt ?? request.submittedAt),
              reason: request.decisionReason ?? '',
            })}
          </Typography>
        )}
      {close.status === 'sealed' && close.appealsUntil && (
        <Typography variant="body2" component="div">
          {t('closing.appealsUntil', { time: time(close.appealsUntil) })}
        </Typography>
      )}
    </Alert>
  );
}
