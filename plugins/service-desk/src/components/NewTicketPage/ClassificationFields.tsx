import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  categoryPaths,
  categoryTitles,
  priorityOf,
} from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useDeskConfig } from '../../hooks/useDeskConfig';
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
  const titles = categoryTitles(categories);
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
          render={path => titles.get(path)}
        />
      </Grid>
      <Grid item xs={3}>
        <MenuSelect
          id="new-ticket-impact"
          label={t('newTicket.impact')}
          value={form.impact}
          onChange={set('impact')}
          options={priority.impacts}
          render={i => i}
        />
      </Grid>
      <Grid item xs={3}>
        <MenuSelect
          id="new-ticket-urgency"
          label={t('newTicket.urgency')}
          value={form.urgency}
          onChange={set('urgency')}
          options={priority.urgencies}
          render={u => u}
        />
        <Typography variant="caption" data-testid="computed-priority">
          {computed && t('newTicket.priority', { priority: computed })}
        </Typography>
      </Grid>
    </>
  );
}
