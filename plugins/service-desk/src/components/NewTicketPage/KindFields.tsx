import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TICKET_KINDS } from '@internal/plugin-service-desk-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { MenuSelect } from './MenuSelect';
import { NewTicketFormState } from './useNewTicketForm';

/** The kind of ticket and, for an emergency, when it happened (in the desk's zone). */
export function KindFields(props: {
  state: Pick<
    NewTicketFormState,
    'form' | 'setForm' | 'set' | 'err' | 'errors'
  >;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const { form, setForm, set, err, errors } = props.state;
  return (
    <>
      <Grid item xs={6}>
        <MenuSelect
          id="new-ticket-kind"
          label={t('newTicket.kind')}
          value={form.kind}
          onChange={set('kind')}
          options={TICKET_KINDS}
          render={k => t(`kinds.${k as (typeof TICKET_KINDS)[number]}`)}
        />
      </Grid>
      <Grid item xs={6}>
        <FormControlLabel
          control={
            <Checkbox
              checked={form.emergency}
              onChange={e =>
                setForm(f => ({ ...f, emergency: e.target.checked }))
              }
            />
          }
          label={t('newTicket.emergency')}
        />
      </Grid>
      {form.emergency && (
        <Grid item xs={6}>
          <TextField
            fullWidth
            type="datetime-local"
            id="new-ticket-occurredAt"
            label={t('newTicket.occurredAt')}
            value={form.occurredAt}
            onChange={set('occurredAt')}
            InputLabelProps={{ shrink: true }}
            inputProps={{ 'aria-label': t('newTicket.occurredAt') }}
            {...(errors.occurredAt
              ? err('occurredAt')
              : {
                  helperText: t('newTicket.occurredAtHelp', {
                    zone: timeZone,
                  }),
                })}
          />
        </Grid>
      )}
    </>
  );
}
