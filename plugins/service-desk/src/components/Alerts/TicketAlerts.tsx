import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert } from '@internal/plugin-service-desk-common';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatTime } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';

/** The alerts that opened a monitoring ticket and those that joined it, as monitoring sent them. */
export function TicketAlerts(props: { ticketId: string; timeZone: string }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const alerts = useAsync(
    () => api.listTicketAlerts(props.ticketId),
    [api, props.ticketId],
  );
  const items = alerts.value?.items ?? [];
  const columns: TableColumn<Alert>[] = [
    {
      title: t('alerts.receivedAt'),
      render: a => formatTime(a.receivedAt, props.timeZone),
    },
    {
      title: t('alerts.occurredAt'),
      render: a => formatTime(a.occurredAt, props.timeZone),
    },
    { title: t('alerts.severity'), field: 'severity' },
    {
      title: t('alerts.summary'),
      render: a =>
        `${a.summary} · ${a.opened ? t('alerts.opened') : t('alerts.joined')}`,
    },
  ];
  return (
    <InfoCard
      title={t('alerts.title', { alerts: String(items.length) })}
      noPadding
    >
      <div data-testid="ticket-alerts">
        <Table
          options={{ paging: items.length > 10, search: false, toolbar: false }}
          columns={columns}
          data={items}
          isLoading={alerts.loading}
        />
      </div>
    </InfoCard>
  );
}
