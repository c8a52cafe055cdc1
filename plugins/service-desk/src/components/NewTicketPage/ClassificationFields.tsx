import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  categoryPaths,
  priorityOf,
} from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLabels } from '../../hooks/useDeskLabels';
import { serviceDeskTranslationRef } from '../../translation';
import { MenuSelect } from './MenuSelect';
import { NewTicketFormState } from './useNewTicketForm';

/** Category, impact and urgency, with the priority the matrix gives them. */
export function ClassificationFields(props: {
  state: Pick<NewTicketFormState, 'form' | 'set' | 'err'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { priority, categories } = useDeskConfig();
  const { form, set, err } = props.state;
  const labels = useDeskLabels();
  const computed = priorityOf(priority, form.impact, form.urgency);
  return (
    <>
      <Grid item xs={6}>
        <MenuSelect
          required
          id="new-ticket-category"
          label={t('newTicket.category')}
          value={form.category}
          onChange={set('category')}
          {...err('category')}
          options={categoryPaths(categories)}
          render={labels.category}
        />
      </Grid>
      <Grid item xs={3}>
        <MenuSelect
          id="new-ticket-impact"
          label={t('newTicket.impact')}
          value={form.impact}
          onChange={set('impact')}
          options={priority.impacts}
          render={labels.impact}
        />
      </Grid>
      <Grid item xs={3}>
        <MenuSelect
          id="new-ticket-urgency"
          label={t('newTicket.urgency')}
          value={form.urgency}
          onChange={set('urgency')}
          options={priority.urgencies}
          render={labels.urgency}
        />
        <Typography variant="caption" data-testid="computed-priority">
          {computed && t('newTicket.priority', { priority: computed })}
        </Typography>
      </Grid>
    </>
  );
}
