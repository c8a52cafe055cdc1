import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { shortRef } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';

/** Who will receive a ticket on the chosen service, and why (SPEC §4). */
export function RoutingPreview(props: { entityRef?: string }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const routing = useAsync(
    async () =>
      props.entityRef ? api.previewRouting(props.entityRef) : undefined,
    [api, props.entityRef],
  );
  return (
    <InfoCard title={t('newTicket.routing.title')}>
      {!props.entityRef && (
        <Typography>{t('newTicket.routing.pick')}</Typography>
      )}
      {routing.error && <Alert severity="error">{routing.error.message}</Alert>}
      {routing.value && (
        <div data-testid="routing-preview">
          <Typography>
            {t('newTicket.routing.to', {
              pm: shortRef(routing.value.projectManagerRef),
            })}{' '}
            (
            <EntityRefLink
              entityRef={routing.value.projectManagerRef}
              hideIcon
            />
            ) — {t(`routingSources.${routing.value.source}`)}
            {routing.value.decidedBy &&
              ` (${shortRef(routing.value.decidedBy)})`}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {t('newTicket.routing.engineers', {
              names: routing.value.engineers.map(shortRef).join(', ') || '—',
            })}
          </Typography>
          {routing.value.warning && (
            <Alert severity="warning" style={{ marginTop: 8 }}>
              {t('newTicket.routing.warning')}
            </Alert>
          )}
        </div>
      )}
    </InfoCard>
  );
}
