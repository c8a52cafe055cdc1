import { ErrorPanel, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardTranslationRef } from '../../translation';

/**
 * A failed report: people outside the desk (403) and periods without rules (400) are told why in
 * their language; anything else is a real error.
 */
export function ReportError(props: { error: Error }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const error = props.error as Error & {
    statusCode?: number;
    body?: { error?: { message?: string } };
  };
  const message = error.body?.error?.message ?? error.message;
  if (error.statusCode === 403)
    return <WarningPanel severity="info" title={t('errors.forbidden')} />;
  if (error.statusCode === 400)
    return <WarningPanel title={t('errors.badPeriod', { message })} />;
  return <ErrorPanel error={error} title={t('errors.load', { message })} />;
}
