import {
  Content,
  ContentHeader,
  ErrorPanel,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { DESK_STAFF } from '@internal/plugin-service-desk-common';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { serviceDeskTranslationRef } from '../../translation';
import { ActionPanel } from '../ActionPanel';
import { PhrasesPanel } from '../PhrasesPanel';
import { SlaClocks } from '../SlaClocks';
import { TicketFields } from './TicketFields';
import { TicketAlerts } from '../Alerts';
import { TicketHistory } from './TicketHistory';

/**
 * One ticket: its fields, SLA clocks, history and the caller's actions, and for the desk the
 * standard phrases it reads to the caller (PMs and engineers do not talk to callers).
 */
export function TicketPage() {
  const { id } = useParams();
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const links = useDeskLinks();
  const state = useAsyncRetry(() => api.getTicket(id!), [api, id]);
  const me = useAsync(() => api.getMe(), [api]);
  const isDesk = !!me.value?.roles.some(r => DESK_STAFF.includes(r));
  useTicketSignal(state.retry, id);

  if (state.error) return <ErrorPanel error={state.error} />;
  if (!state.value) return <Progress />;
  const ticket = state.value;

  return (
    <Content>
      <ContentHeader title={`${ticket.displayId} ${ticket.title}`}>
        <Link to={links.desk}>{t('ticket.back')}</Link>
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <InfoCard>
            <div style={{ marginBottom: 12 }}>
              <Chip
                color="primary"
                label={t(`states.${ticket.state}`)}
                data-testid="ticket-state"
                style={{ marginRight: 8 }}
              />
              {ticket.emergency && (
                <Chip
                  color="secondary"
                  size="small"
                  label={t('ticket.fields.emergency')}
                  style={{ marginRight: 8 }}
                />
              )}
              <SlaClocks ticket={ticket} showTimely />
            </div>
            <Typography paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.description}
            </Typography>
            <TicketFields ticket={ticket} />
            {ticket.routingSource === 'fallback_lead' && (
              <Alert severity="warning" style={{ marginTop: 12 }}>
                {t('newTicket.routing.warning')}
              </Alert>
            )}
          </InfoCard>
          <div style={{ height: 16 }} />
          <InfoCard title={t('ticket.history')}>
            <TicketHistory events={ticket.events} timeZone={timeZone} />
          </InfoCard>
          {ticket.channel === 'monitoring' && (
            <>
              <div style={{ height: 16 }} />
              <TicketAlerts ticketId={ticket.id} timeZone={timeZone} />
            </>
          )}
        </Grid>
        <Grid item xs={12} md={4}>
          <ActionPanel ticket={ticket} onChanged={state.retry} />
          {isDesk && (
            <>
              <div style={{ height: 16 }} />
              <PhrasesPanel reporterName={ticket.reporter.name} />
            </>
          )}
        </Grid>
      </Grid>
    </Content>
  );
}
