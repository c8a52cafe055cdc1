import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TICKET_CHANNELS } from '@internal/plugin-service-desk-common';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { serviceDeskTranslationRef } from '../../translation';
import { EntityPicker } from './EntityPicker';
import { MenuSelect } from './MenuSelect';
import { EntityOption } from './useCatalogOptions';
import { NewTicketFormState } from './useNewTicketForm';

/**
 * Who reported it. Desk staff may also link the reporter's catalog user (whose name fills an
 * empty name field) and say through which channel the report came.
 */
export function ReporterFields(props: {
  state: Pick<NewTicketFormState, 'form' | 'setForm' | 'set' | 'err'>;
  isDesk: boolean;
  users?: EntityOption[];
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { form, setForm, set, err } = props.state;
  return (
    <>
      <Grid item xs={4}>
        <TextField
          fullWidth
          required
          id="new-ticket-reporterName"
          label={t('newTicket.reporterName')}
          value={form.reporterName}
          onChange={set('reporterName')}
          {...err('reporter.name')}
        />
      </Grid>
      <Grid item xs={4}>
        <TextField
          fullWidth
          id="new-ticket-reporterPhone"
          label={t('newTicket.reporterPhone')}
          value={form.reporterPhone}
          onChange={set('reporterPhone')}
          {...err('reporter.phone')}
        />
      </Grid>
      <Grid item xs={4}>
        <TextField
          fullWidth
          id="new-ticket-reporterOrganisation"
          label={t('newTicket.reporterOrganisation')}
          value={form.reporterOrganisation}
          onChange={set('reporterOrganisation')}
        />
      </Grid>
      {props.isDesk && (
        <>
          <Grid item xs={8}>
            <EntityPicker
              id="new-ticket-reporterUser"
              options={props.users}
              entityRef={form.reporterRef}
              onChange={o =>
                setForm(f => ({
                  ...f,
                  reporterRef: o?.ref ?? '',
                  reporterName: f.reporterName || o?.title || '',
                }))
              }
              input={{ label: t('newTicket.reporterUser') }}
            />
          </Grid>
          <Grid item xs={4}>
            <MenuSelect
              id="new-ticket-channel"
              label={t('newTicket.channel')}
              value={form.channel}
              onChange={set('channel')}
              options={TICKET_CHANNELS}
              render={c =>
                t(`channels.${c as (typeof TICKET_CHANNELS)[number]}`)
              }
            />
          </Grid>
        </>
      )}
    </>
  );
}
