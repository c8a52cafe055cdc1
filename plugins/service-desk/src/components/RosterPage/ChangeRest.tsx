import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { PersonRest, formatHours } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { serviceDeskTranslationRef } from '../../translation';

/**
 * What approving a change means for the people taking slots through it: how long each is on duty
 * in a row and their rest either side; a break of the rest rule stands out, with its hours and
 * the limit (the backend refuses to approve it while the roster stands so).
 */
export function ChangeRest(props: { rest: PersonRest[] }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  return (
    <Box my={0.5} data-testid="change-rest">
      <Typography variant="caption" color="textSecondary">
        {t('roster.approvals.restTitle')}
      </Typography>
      {props.rest.map(p => {
        const parts = [
          t('roster.approvals.rest', { hours: formatHours(p.continuousHours) }),
          ...(p.restBeforeHours !== undefined
            ? [
                t('roster.approvals.restBefore', {
                  hours: formatHours(p.restBeforeHours),
                }),
              ]
            : []),
          ...(p.restAfterHours !== undefined
            ? [
                t('roster.approvals.restAfter', {
                  hours: formatHours(p.restAfterHours),
                }),
              ]
            : []),
        ];
        return (
          <Box key={p.userRef}>
            <Typography variant="body2">
              <EntityDisplayName
                entityRef={p.userRef}
                defaultKind="user"
                hideIcon
              />
              : {parts.join(' · ')}
            </Typography>
            {p.violations.map(v => (
              <Alert key={`${v.rule}-${v.start}`} severity="warning">
                {t(
                  v.rule === 'continuous'
                    ? 'roster.approvals.continuous'
                    : 'roster.approvals.shortRest',
                  { hours: formatHours(v.hours), limit: formatHours(v.limit) },
                )}
              </Alert>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
