import {
  Content,
  ContentHeader,
  ErrorPanel,
  Link,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterChange, RosterSlot } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ChevronLeft from '@material-ui/icons/ChevronLeft';
import ChevronRight from '@material-ui/icons/ChevronRight';
import Alert from '@material-ui/lab/Alert';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useMe } from '../../hooks/useMe';
import { serviceDeskTranslationRef } from '../../translation';
import { OnDutyNow } from '../OnDutyNow';
import { ChangeDialog } from './ChangeDialog';
import { MonthView } from './MonthView';
import { PendingChanges } from './PendingChanges';
import { PlanDialog } from './PlanDialog';
import {
  RosterScope,
  moveAnchor,
  planRange,
  today,
  viewRange,
} from './rosterDates';
import { useDateLabels } from './useDateLabels';
import { WeekView } from './WeekView';

/**
 * The duty roster (§8.6): who is on duty now and next, a week or a month of slots. The lead plans
 * and asks for changes; managers decide the changes that need approval; the rest of the desk reads.
 */
export function RosterPage() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const links = useDeskLinks();
  const labels = useDateLabels();
  const roles = useMe().value?.roles ?? [];
  const [scope, setScope] = useState<RosterScope>('week');
  const [anchor, setAnchor] = useState(() => today(timeZone));
  const { from, to } = viewRange(scope, anchor);
  const roster = useAsyncRetry(() => api.getRoster(from, to), [api, from, to]);
  const [planning, setPlanning] = useState(false);
  const [changing, setChanging] = useState<RosterSlot>();
  const [notice, setNotice] = useState<string>();
  const isLead = roles.includes('lead');
  // Until the new range arrives the last one is still loaded; it is not shown under the new title.
  const view =
    roster.value?.from === from && roster.value.to === to
      ? roster.value
      : undefined;

  const planned = (saved: boolean) => {
    setPlanning(false);
    if (!saved) return;
    setNotice(t('roster.plan.saved'));
    roster.retry();
  };
  const changed = (change?: RosterChange) => {
    setChanging(undefined);
    if (!change) return;
    setNotice(
      t(
        change.status === 'pending'
          ? 'roster.change.pending'
          : 'roster.change.applied',
      ),
    );
    roster.retry();
  };

  const error = roster.error as (Error & { statusCode?: number }) | undefined;
  let body;
  if (error?.statusCode === 403)
    body = <WarningPanel severity="info" title={t('roster.forbidden')} />;
  else if (error) body = <ErrorPanel error={error} />;
  else if (!view) body = <Progress />;
  else if (scope === 'week')
    body = (
      <WeekView
        view={view}
        onRequestChange={isLead ? setChanging : undefined}
      />
    );
  else body = <MonthView view={view} month={anchor} />;

  return (
    <Content>
      <ContentHeader title={t('roster.title')}>
        {isLead && view && (
          <Button
            variant="contained"
            color="primary"
            onClick={() => setPlanning(true)}
            style={{ marginRight: 16 }}
          >
            {t(scope === 'week' ? 'roster.plan.week' : 'roster.plan.month')}
          </Button>
        )}
        <Link to={links.desk}>{t('ticket.back')}</Link>
      </ContentHeader>
      <OnDutyNow />
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
        my={2}
      >
        <ToggleButtonGroup
          size="small"
          exclusive
          value={scope}
          onChange={(_e, v) => v && setScope(v)}
        >
          <ToggleButton value="week">{t('roster.week')}</ToggleButton>
          <ToggleButton value="month">{t('roster.month')}</ToggleButton>
        </ToggleButtonGroup>
        <IconButton
          size="small"
          aria-label={t('roster.previous')}
          onClick={() => setAnchor(a => moveAnchor(scope, a, -1))}
        >
          <ChevronLeft />
        </IconButton>
        <Button size="small" onClick={() => setAnchor(today(timeZone))}>
          {t('roster.today')}
        </Button>
        <IconButton
          size="small"
          aria-label={t('roster.next')}
          onClick={() => setAnchor(a => moveAnchor(scope, a, 1))}
        >
          <ChevronRight />
        </IconButton>
        <Typography variant="h6" component="h2">
          {scope === 'week' ? `${from} – ${to}` : labels.month(anchor)}
        </Typography>
      </Box>
      {notice && (
        <Alert
          severity="success"
          onClose={() => setNotice(undefined)}
          style={{ marginBottom: 8 }}
        >
          {notice}
        </Alert>
      )}
      {body}
      {roles.includes('manager') && (
        <Box mt={2}>
          <PendingChanges onDecided={roster.retry} />
        </Box>
      )}
      {planning && view && (
        <PlanDialog
          view={view}
          range={planRange(scope, anchor)}
          onClose={planned}
        />
      )}
      {changing && view && (
        <ChangeDialog view={view} slot={changing} onClose={changed} />
      )}
    </Content>
  );
}
