import { ErrorPanel, Progress, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterSlot, RosterView } from '@internal/plugin-service-desk-common';
import { serviceDeskTranslationRef } from '../../translation';
import { MonthView } from './MonthView';
import { RosterScope } from './rosterDates';
import { WeekView } from './WeekView';

/** The slots of the range, or why they cannot be shown (yet). */
export function RosterBody(props: {
  error?: Error & { statusCode?: number };
  view?: RosterView;
  scope: RosterScope;
  anchor: string;
  onRequestChange?: (slot: RosterSlot) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { error, view } = props;
  if (error?.statusCode === 403)
    return <WarningPanel severity="info" title={t('roster.forbidden')} />;
  if (error) return <ErrorPanel error={error} />;
  if (!view) return <Progress />;
  if (props.scope === 'week')
    return <WeekView view={view} onRequestChange={props.onRequestChange} />;
  return <MonthView view={view} month={props.anchor} />;
}
