import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { serviceDeskTranslationRef } from '../../translation';
import { NewTicketFormState } from './useNewTicketForm';

/** The ticket's title and the reporter's account of the problem. */
export function SummaryFields(props: {
  state: Pick<NewTicketFormState, 'form' | 'set' | 'err'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { form, set, err } = props.state;
  return (
    <>
      <Grid item xs={12}>
        <TextField
          fullWidth
          required
          id="new-ticket-titleField"
          label={t('newTicket.titleField')}
          value={form.title}
          onChange={set('title')}
          {...err('title')}
        />
      </Grid>
      <Grid item xs={12}>
        <TextField
          fullWidth
          required
          multiline
          minRows={4}
          id="new-ticket-description"
          label={t('newTicket.description')}
          value={form.description}
          onChange={set('description')}
          {...err('description')}
        />
      </Grid>
    </>
  );
}
