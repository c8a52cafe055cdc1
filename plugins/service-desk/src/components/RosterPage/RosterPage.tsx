import { Content, ContentHeader, Link } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useMe } from '@internal/plugin-service-desk-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';
import { OnDutyNow } from '../OnDutyNow';
import { ChangeDialog } from './ChangeDialog';
import { PendingChanges } from './PendingChanges';
import { PlanDialog } from './PlanDialog';
import { RosterBody } from './RosterBody';
import {
  RosterScope,
  moveAnchor,
  planRange,
  today,
  viewRange,
} from './rosterDates';
import { RosterToolbar } from './RosterToolbar';
import { useRosterDialogs } from './useRosterDialogs';
import { useDateLabels } from './useDateLabels';

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
  const roles = useMe(serviceDeskApiRef).value?.roles ?? [];
  const [scope, setScope] = useState<RosterScope>('week');
  const [anchor, setAnchor] = useState(() => today(timeZone));
  const { from, to } = viewRange(scope, anchor);
  const roster = useAsyncRetry(() => api.getRoster(from, to), [api, from, to]);
  const isLead = roles.includes('lead');
  // Until the new range arrives the last one is still loaded; it is not shown under the new title.
  const view =
    roster.value?.from === from && roster.value.to === to
      ? roster.value
      : undefined;

  const dialogs = useRosterDialogs(roster.retry);

  return (
    <Content>
      <ContentHeader title={t('roster.title')}>
        {isLead && view && (
          <Button
            variant="contained"
            color="primary"
            onClick={dialogs.startPlanning}
            style={{ marginRight: 16 }}
          >
            {t(scope === 'week' ? 'roster.plan.week' : 'roster.plan.month')}
          </Button>
        )}
        <Link to={links.desk}>{t('ticket.back')}</Link>
      </ContentHeader>
      <OnDutyNow />
      <RosterToolbar
        scope={scope}
        onScope={setScope}
        onMove={step => setAnchor(a => moveAnchor(scope, a, step))}
        onToday={() => setAnchor(today(timeZone))}
        title={scope === 'week' ? `${from} – ${to}` : labels.month(anchor)}
      />
      {dialogs.notice && (
        <Alert
          severity="success"
          onClose={dialogs.dismissNotice}
          style={{ marginBottom: 8 }}
        >
          {dialogs.notice}
        </Alert>
      )}
      {view?.calendarGaps.map(gap => (
        <Alert
          key={gap.from}
          severity="warning"
          style={{ marginBottom: 8 }}
          data-testid="calendar-gap"
        >
          {t('roster.calendarGap', gap)}
        </Alert>
      ))}
      <RosterBody
        error={roster.error}
        view={view}
        scope={scope}
        anchor={anchor}
        onRequestChange={isLead ? dialogs.setChanging : undefined}
      />
      {roles.includes('manager') && (
        <Box mt={2}>
          <PendingChanges onDecided={roster.retry} />
        </Box>
      )}
      {dialogs.planning && view && (
        <PlanDialog
          view={view}
          range={planRange(scope, anchor)}
          onClose={dialogs.planned}
        />
      )}
      {dialogs.changing && view && (
        <ChangeDialog
          view={view}
          slot={dialogs.changing}
          onClose={dialogs.changed}
        />
      )}
    </Content>
  );
}
