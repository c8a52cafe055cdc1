import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { AssessmentEntry } from '../../api/types';
import { scorecardTranslationRef } from '../../translation';
import { DetailFields } from './DetailFields';
import { KindFields } from './KindFields';
import { useEntryForm } from './useEntryForm';

/**
 * Records an assessment item no ticket carries (SPEC §7): a permit or report failure, a graded
 * piece of special work, an ops-security event, a bonus… The input is checked with the backend's
 * own schema before it is sent, and the ticket is asked for by the display id people know.
 */
export function AssessmentEntryForm(props: {
  timeZone: string;
  onSaved: (entry: AssessmentEntry) => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { form, errors, busy, outcome, set, submit } = useEntryForm(props);
  return (
    <InfoCard title={t('form.title')}>
      <form onSubmit={submit} noValidate aria-label={t('form.title')}>
        <Grid container spacing={2} alignItems="flex-start">
          <KindFields form={form} errors={errors} set={set} />
          <DetailFields
            form={form}
            errors={errors}
            set={set}
            timeZone={props.timeZone}
          />
          <Grid item xs={12}>
            <Box display="flex" alignItems="center" style={{ gap: 16 }}>
              <Button
                type="submit"
                variant="contained"
                color="primary"
                disabled={busy}
              >
                {t('form.submit')}
              </Button>
              {outcome && (
                <Typography
                  role="status"
                  color={outcome.ok ? 'textPrimary' : 'error'}
                >
                  {outcome.message}
                </Typography>
              )}
            </Box>
          </Grid>
        </Grid>
      </form>
    </InfoCard>
  );
}
