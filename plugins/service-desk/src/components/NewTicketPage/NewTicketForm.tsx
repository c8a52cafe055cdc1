import { Content, ContentHeader } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Alert from '@material-ui/lab/Alert';
import { serviceDeskTranslationRef } from '../../translation';
import { ClassificationFields } from './ClassificationFields';
import { EntityPicker } from './EntityPicker';
import { KindFields } from './KindFields';
import { ReporterFields } from './ReporterFields';
import { RoutingPreview } from './RoutingPreview';
import { SummaryFields } from './SummaryFields';
import { useCatalogOptions } from './useCatalogOptions';
import { useNewTicketForm } from './useNewTicketForm';

const SERVICE_KINDS = ['Component', 'System', 'Resource'];
const USER_KINDS = ['User'];

/**
 * Opening a ticket (SPEC §2): required fields are checked here before sending and again by the
 * backend; the routing preview shows who will receive the ticket and why. The telephone system
 * opens the form as `new?callId=…&phone=…` when a call is answered, so the ticket is linked to
 * its call (§8.1).
 */
export function NewTicketForm() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const services = useCatalogOptions(SERVICE_KINDS);
  const users = useCatalogOptions(USER_KINDS);
  const state = useNewTicketForm();
  const { form, setForm, err, callId } = state;

  return (
    <Content>
      <ContentHeader title={t('newTicket.title')}>
        {callId && (
          <Chip
            label={t('newTicket.fromCall', { callId })}
            data-testid="from-call"
          />
        )}
      </ContentHeader>
      <form
        onSubmit={state.submit}
        noValidate
        aria-label={t('newTicket.title')}
      >
        <Grid container spacing={3}>
          <Grid item xs={12} md={8}>
            <Grid container spacing={2}>
              <KindFields state={state} />
              <Grid item xs={12}>
                <EntityPicker
                  id="new-ticket-entity"
                  options={services.value}
                  entityRef={form.entityRef}
                  onChange={o =>
                    setForm(f => ({ ...f, entityRef: o?.ref ?? '' }))
                  }
                  input={{
                    label: t('newTicket.entity'),
                    required: true,
                    ...err('entityRef'),
                  }}
                />
              </Grid>
              <ClassificationFields state={state} />
              <SummaryFields state={state} />
              <ReporterFields
                state={state}
                isDesk={state.isDesk}
                users={users.value}
              />
              <Grid item xs={12}>
                {state.submitError && (
                  <Alert severity="error" style={{ marginBottom: 8 }}>
                    {state.submitError}
                  </Alert>
                )}
                <Button
                  type="submit"
                  variant="contained"
                  color="primary"
                  disabled={state.busy}
                >
                  {t('newTicket.submit')}
                </Button>
              </Grid>
            </Grid>
          </Grid>
          <Grid item xs={12} md={4}>
            <RoutingPreview entityRef={form.entityRef || undefined} />
          </Grid>
        </Grid>
      </form>
    </Content>
  );
}
