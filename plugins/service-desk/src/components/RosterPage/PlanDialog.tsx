import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterView, formatHours } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { serviceDeskTranslationRef } from '../../translation';
import { PlanTable } from './PlanTable';
import { DateRange } from './rosterDates';
import { usePlan } from './usePlan';

/**
 * The lead's plan of a week or a month. The backend wants a holder for every slot of the range
 * and refuses to change the holder of a slot that has begun or has changes, so those go along
 * with the holder they have and are shown as they stand. A refusal keeps the dialog open with the
 * server's reason, and nothing is saved.
 */
export function PlanDialog(props: {
  view: RosterView;
  range: DateRange;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const plan = usePlan(props.view, props.range, () => props.onClose(true));

  return (
    <Dialog
      open
      onClose={() => props.onClose(false)}
      fullWidth
      maxWidth="md"
      aria-labelledby="roster-plan-title"
    >
      <DialogTitle id="roster-plan-title">
        {t('roster.plan.title', props.range)}
      </DialogTitle>
      <DialogContent>
        {plan.error && (
          <Alert severity="error" role="alert" style={{ marginBottom: 8 }}>
            {plan.error}
          </Alert>
        )}
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {t('roster.plan.restRule', {
            max: formatHours(props.view.rest.maxContinuousHours),
            rest: formatHours(props.view.rest.minRestHours),
          })}
        </Typography>
        {plan.unfilled.length > 0 && (
          <Alert severity="warning" style={{ marginBottom: 8 }}>
            {t('roster.plan.unfilled', {
              slots: plan.unfilled
                .map(s => `${s.date} ${t(`roster.kinds.${s.kind}`)}`)
                .join(', '),
            })}
          </Alert>
        )}
        {plan.open.length === 0 ? (
          <Typography>{t('roster.plan.nothing')}</Typography>
        ) : (
          <Button variant="outlined" onClick={plan.fillByRotation}>
            {t('roster.plan.rotation')}
          </Button>
        )}
        <PlanTable
          slots={plan.slots}
          eligible={props.view.eligible}
          openKeys={plan.openKeys}
          holders={plan.holders}
          onChange={plan.setHolder}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => props.onClose(false)}>
          {t('roster.cancel')}
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={plan.save}
          disabled={plan.busy || plan.open.length === 0 || !plan.complete}
        >
          {t('roster.plan.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
