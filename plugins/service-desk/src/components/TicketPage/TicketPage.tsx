import {
  Content,
  ContentHeader,
  ErrorPanel,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { categoryTitles } from '@internal/plugin-service-desk-common';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatTime } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { serviceDeskTranslationRef } from '../../translation';
import { ActionPanel } from '../ActionPanel';
import { PhrasesPanel } from '../PhrasesPanel';
import { SlaClocks } from '../SlaClocks';
import { TicketHistory } from './TicketHistory';

/** One ticket: its fields, SLA clocks, history, the caller's actions and the standard phrases. */
export function TicketPage() {
  const { id } = useParams();
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone, categories } = useDeskConfig();
  const links = useDeskLinks();
  const state = useAsyncRetry(() => api.getTicket(id!), [api, id]);
  useTicketSignal(state.retry, id);

  if (state.error) return <ErrorPanel error={state.error} />;
  if (!state.value) return <Progress />;
  const ticket = state.value;
  const row = (label: string, value: ReactNode) => (
    <>
      <Grid item xs={4}>
        <Typography variant="body2" color="textSecondary">
          {label}
        </Typography>
      </Grid>
      <Grid item xs={8}>
        <Typography variant="body2" component="div">
          {value}
        </Typography>
      </Grid>
    </>
  );
  const ref = (r?: string) =>
    r ? <EntityRefLink entityRef={r} hideIcon /> : '—';

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
            <Grid container spacing={1}>
              {row(t('ticket.fields.kind'), t(`kinds.${ticket.kind}`))}
              {row(
                t('ticket.fields.priority'),
                `${ticket.priority} (${ticket.impact} × ${ticket.urgency})`,
              )}
              {row(
                t('ticket.fields.category'),
                categoryTitles(categories).get(ticket.category) ??
                  ticket.category,
              )}
              {row(t('ticket.fields.entity'), ref(ticket.entityRef))}
              {row(
                t('ticket.fields.reporter'),
                <>
                  {ticket.reporter.name} {ticket.reporter.phone}{' '}
                  {ticket.reporter.organisation}{' '}
                  {ticket.reporter.userRef && ref(ticket.reporter.userRef)}
                </>,
              )}
              {row(t('ticket.fields.channel'), t(`channels.${ticket.channel}`))}
              {ticket.occurredAt &&
                row(
                  t('ticket.fields.occurredAt'),
                  formatTime(ticket.occurredAt, timeZone),
                )}
              {ticket.occurredAtClaimed &&
                !ticket.occurredAt &&
                row(
                  t('ticket.fields.occurredAtClaimed'),
                  formatTime(ticket.occurredAtClaimed, timeZone),
                )}
              {ticket.notifiedAt &&
                row(
                  t('ticket.fields.notifiedAt'),
                  formatTime(ticket.notifiedAt, timeZone),
                )}
              {row(
                t('ticket.fields.acceptedAt'),
                formatTime(ticket.acceptedAt, timeZone),
              )}
              {row(t('ticket.fields.acceptedBy'), ref(ticket.acceptedBy))}
              {row(
                t('ticket.fields.projectManager'),
                ref(ticket.projectManagerRef),
              )}
              {row(
                t('ticket.fields.routing'),
                t(`routingSources.${ticket.routingSource}`),
              )}
              {row(t('ticket.fields.assignee'), ref(ticket.assigneeRef))}
              {ticket.resolution &&
                row(t('ticket.fields.resolution'), ticket.resolution)}
              {ticket.satisfaction &&
                row(
                  t('ticket.fields.satisfaction'),
                  t(`ratings.${ticket.satisfaction}`),
                )}
              {ticket.closedAt &&
                row(
                  t('ticket.fields.closedAt'),
                  formatTime(ticket.closedAt, timeZone),
                )}
              {row(t('ticket.fields.version'), ticket.version)}
            </Grid>
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
        </Grid>
        <Grid item xs={12} md={4}>
          <ActionPanel ticket={ticket} onChanged={state.retry} />
          <div style={{ height: 16 }} />
          <PhrasesPanel reporterName={ticket.reporter.name} />
        </Grid>
      </Grid>
    </Content>
  );
}
