import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TICKET_KINDS } from '@internal/plugin-service-desk-common';
import { DeskDateTimeField } from '@internal/plugin-service-desk-react';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { MenuSelect } from './MenuSelect';
import { NewTicketFormState } from './useNewTicketForm';

/** The kind of ticket and, for an emergency, when it happened (in the desk's zone). */
export function KindFields(props: {
  state: Pick<NewTicketFormState, 'form' | 'setForm' | 'set' | 'errors'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { timeZone } = useDeskConfig();
  const { form, setForm, set, errors } = props.state;
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
          <DeskDateTimeField
            fullWidth
            required
            id="new-ticket-occurredAt"
            label={t('newTicket.occurredAt')}
            value={form.occurredAt}
            onChange={text => setForm(f => ({ ...f, occurredAt: text }))}
            timeZone={timeZone}
            invalidText={t('dateField.invalidDateTime', { zone: timeZone })}
            error={!!errors.occurredAt}
            helperText={
              errors.occurredAt ??
              t('newTicket.occurredAtHelp', { zone: timeZone })
            }
          />
        </Grid>
      )}
    </>
  );
}
