import { ErrorPanel, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { OPEN_STATES } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useTicketList } from '../../hooks/useTicketList';
import { useTicketSignal } from '../../hooks/useTicketSignal';
import { serviceDeskTranslationRef } from '../../translation';
import { CompactTicketList, HomeCard } from '../HomeCards';

/** How many of the service's open tickets the card lists. */
const SHOWN = 3;

/** Who receives the service's tickets and why, as the new-ticket form's routing preview says. */
function ProjectManager(props: { entityRef: string }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const routing = useAsync(
    () => api.previewRouting(props.entityRef),
    [api, props.entityRef],
  );
  if (routing.error)
    return <Alert severity="error">{routing.error.message}</Alert>;
  if (!routing.value) return null;
  const r = routing.value;
  return (
    <Box mt={2} data-testid="service-card-pm">
      <Typography variant="subtitle2" component="h3">
        {t('serviceCard.projectManager')}
      </Typography>
      <Typography variant="body2">
        <EntityRefLink entityRef={r.projectManagerRef} hideIcon />
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('serviceCard.why', { reason: t(`routingSources.${r.source}`) })}
        {r.decidedBy && (
          <>
            {' '}
            {t('serviceCard.decidedBy', {
              who: <EntityRefLink entityRef={r.decidedBy} hideIcon />,
            })}
          </>
        )}
      </Typography>
      {r.warning && (
        <Alert severity="warning" style={{ marginTop: 8 }}>
          {t('serviceCard.noPm')}
        </Alert>
      )}
    </Box>
  );
}

/**
 * The service desk on a service's overview: how many tickets are open on it and the first few,
 * who its PM is and why, and a button that opens the new-ticket form with the service chosen.
 */
export function ServiceCard() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { entity } = useEntity();
  const links = useDeskLinks();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const query = useMemo(
    () => ({
      entityRef,
      state: [...OPEN_STATES],
      order: 'deadline' as const,
      limit: SHOWN,
    }),
    [entityRef],
  );
  const open = useTicketList(query);
  useTicketSignal(open.reload);
  const report = `${links.newTicket}?${new URLSearchParams({ entityRef })}`;

  let tickets;
  if (open.error) tickets = <ErrorPanel error={open.error} />;
  else if (open.loading && !open.items.length) tickets = <Progress />;
  else
    tickets = (
      <>
        {open.totalCount > 0 && (
          <Typography variant="body1" data-testid="service-card-count">
            {open.totalCountEstimated
              ? t('serviceCard.openAbout', { count: open.totalCount })
              : t('serviceCard.open', { count: open.totalCount })}
          </Typography>
        )}
        <CompactTicketList
          hideEntity
          tickets={open.items}
          totalCount={open.totalCount}
          totalCountEstimated={open.totalCountEstimated}
          empty={t('serviceCard.none')}
        />
      </>
    );
  return (
    <HomeCard
      title={t('serviceCard.title')}
      action={
        <Button
          component={RouterLink}
          to={report}
          variant="contained"
          color="primary"
          style={{ margin: 8 }}
        >
          {t('serviceCard.report')}
        </Button>
      }
    >
      {tickets}
      <ProjectManager entityRef={entityRef} />
    </HomeCard>
  );
}
