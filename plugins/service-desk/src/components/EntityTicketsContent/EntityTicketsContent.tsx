import { Content, ErrorPanel, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  OPEN_STATES,
  TICKET_STATES,
} from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { useTicketList } from '../../hooks/useTicketList';
import { serviceDeskTranslationRef } from '../../translation';
import { TicketTable } from '../TicketTable';

const CLOSING_STATES = TICKET_STATES.filter(s => !OPEN_STATES.includes(s));

/** The Tickets tab of a service's page: the tickets being worked on, then the finished ones, each with its own heading and paging. */
export function EntityTicketsContent() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const openQuery = useMemo(
    () => ({ entityRef, state: [...OPEN_STATES], limit: 50 }),
    [entityRef],
  );
  const restQuery = useMemo(
    () => ({ entityRef, state: CLOSING_STATES, limit: 50 }),
    [entityRef],
  );
  const open = useTicketList(openQuery);
  const rest = useTicketList(restQuery);

  if (open.error || rest.error)
    return <ErrorPanel error={(open.error ?? rest.error)!} />;
  if (open.loading && rest.loading) return <Progress />;
  const sections = [
    { title: t('entityTab.open'), list: open },
    { title: t('entityTab.finished'), list: rest },
  ];
  return (
    <Content>
      {sections.map(({ title, list }, i) => (
        <Box key={title} mt={i ? 3 : 0}>
          <Typography variant="h6" component="h2" gutterBottom>
            {title}
          </Typography>
          <TicketTable
            hideEntity
            tickets={list.items}
            totalCount={list.totalCount}
            totalCountEstimated={list.totalCountEstimated}
            onLoadMore={list.loadMore}
          />
        </Box>
      ))}
    </Content>
  );
}
