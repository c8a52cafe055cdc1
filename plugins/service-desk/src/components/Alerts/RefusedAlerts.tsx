import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { AlertDeadLetter } from '@internal/plugin-service-desk-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatTime } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';

/**
 * The alerts monitoring sent that the desk could not take (a bad body, an unknown service): so
 * a fault is not lost because its alert was malformed. Shown only when there are some.
 */
export function RefusedAlerts(props: { timeZone: string }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const letters = useAsync(() => api.listAlertDeadLetters(), [api]);
  const items = letters.value?.items ?? [];
  if (!items.length) return null;
  const columns: TableColumn<AlertDeadLetter>[] = [
    {
      title: t('alerts.receivedAt'),
      render: l => formatTime(l.receivedAt, props.timeZone),
      width: '160px',
    },
    { title: t('alerts.sender'), field: 'sender', width: '160px' },
    { title: t('alerts.reason'), render: l => `${l.status}: ${l.reason}` },
    {
      title: t('alerts.body'),
      render: l => (
        <Typography
          variant="caption"
          component="code"
          style={{ wordBreak: 'break-all' }}
        >
          {l.body.length > 300 ? `${l.body.slice(0, 300)}…` : l.body}
        </Typography>
      ),
    },
  ];
  return (
    <InfoCard
      title={t('alerts.refusedTitle', { alerts: String(items.length) })}
      subheader={t('alerts.refusedHint')}
      noPadding
    >
      <div data-testid="refused-alerts">
        <Table
          options={{
            paging: items.length > 5,
            pageSize: 5,
            search: false,
            toolbar: false,
          }}
          columns={columns}
          data={items}
        />
      </div>
    </InfoCard>
  );
}
