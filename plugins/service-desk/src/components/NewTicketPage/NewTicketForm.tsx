import { Content, ContentHeader } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  DESK_STAFF,
  TICKET_CHANNELS,
  TICKET_KINDS,
  categoryPaths,
  categoryTitles,
  createTicketSchema,
  priorityOf,
} from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { useMe } from '../../hooks/useMe';
import { serviceDeskTranslationRef } from '../../translation';
import { RoutingPreview } from './RoutingPreview';
import { EntityOption, useCatalogOptions } from './useCatalogOptions';

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
  const api = useApi(serviceDeskApiRef);
  const navigate = useNavigate();
  const links = useDeskLinks();
  const { timeZone, priority, categories } = useDeskConfig();
  const me = useMe();
  const isDesk = !!me.value?.roles.some(r => DESK_STAFF.includes(r));
  const services = useCatalogOptions(SERVICE_KINDS);
  const users = useCatalogOptions(USER_KINDS);
  const [search] = useSearchParams();
  const callId = search.get('callId') || undefined;

  const [form, setForm] = useState({
    kind: 'incident',
    emergency: false,
    occurredAt: '',
    category: '',
    impact: priority.impacts[1] ?? priority.impacts[0] ?? '',
    urgency: priority.urgencies[1] ?? priority.urgencies[0] ?? '',
    entityRef: '',
    title: '',
    description: '',
    reporterName: '',
    reporterPhone: search.get('phone') ?? '',
    reporterOrganisation: '',
    reporterRef: '',
    channel: 'phone',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set =
    (key: keyof typeof form) => (e: React.ChangeEvent<{ value: unknown }>) =>
      setForm(f => ({ ...f, [key]: String(e.target.value) }));

  const body = () => ({
    kind: form.kind,
    emergency: form.emergency,
    occurredAt: form.occurredAt
      ? DateTime.fromISO(form.occurredAt, { zone: timeZone }).toUTC().toISO()!
      : undefined,
    impact: form.impact,
    urgency: form.urgency,
    category: form.category,
    title: form.title,
    description: form.description,
    reporter: {
      name: form.reporterName,
      phone: form.reporterPhone || undefined,
      organisation: form.reporterOrganisation || undefined,
      userRef: form.reporterRef || undefined,
    },
    channel: isDesk ? form.channel : 'portal',
    entityRef: form.entityRef,
    callId,
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitError(undefined);
    const parsed = createTicketSchema.safeParse(body());
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map(i => [
            i.path.join('.'),
            form[fieldOf(i.path)]
              ? t('newTicket.invalid')
              : t('newTicket.required'),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const ticket = await api.createTicket(parsed.data);
      navigate(links.ticket(ticket.id));
    } catch (error) {
      setSubmitError((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const computed = priorityOf(priority, form.impact, form.urgency);
  const err = (key: string) =>
    errors[key] ? { error: true, helperText: errors[key] } : {};
  const entityOption =
    (services.value ?? []).find(o => o.ref === form.entityRef) ?? null;
  const userOption =
    (users.value ?? []).find(o => o.ref === form.reporterRef) ?? null;
  const titles = categoryTitles(categories);

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
      <form onSubmit={submit} noValidate aria-label={t('newTicket.title')}>
        <Grid container spacing={3}>
          <Grid item xs={12} md={8}>
            <Grid container spacing={2}>
              <Grid item xs={6}>
                <TextField
                  select
                  fullWidth
                  id="new-ticket-kind"
                  label={t('newTicket.kind')}
                  value={form.kind}
                  onChange={set('kind')}
                  inputProps={{ 'aria-label': t('newTicket.kind') }}
                >
                  {TICKET_KINDS.map(k => (
                    <MenuItem key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </MenuItem>
                  ))}
                </TextField>
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
              <Grid item xs={12}>
                <Autocomplete
                  id="new-ticket-entity"
                  options={services.value ?? []}
                  value={entityOption}
                  getOptionLabel={(o: EntityOption) => `${o.title} (${o.ref})`}
                  onChange={(_e, o) =>
                    setForm(f => ({ ...f, entityRef: o?.ref ?? '' }))
                  }
                  renderInput={params => (
                    <TextField
                      {...params}
                      label={t('newTicket.entity')}
                      required
                      {...err('entityRef')}
                    />
                  )}
                />
              </Grid>
              <Grid item xs={6}>
                <TextField
                  select
                  fullWidth
                  required
                  id="new-ticket-category"
                  label={t('newTicket.category')}
                  value={form.category}
                  onChange={set('category')}
                  inputProps={{ 'aria-label': t('newTicket.category') }}
                  {...err('category')}
                >
                  {categoryPaths(categories).map(path => (
                    <MenuItem key={path} value={path}>
                      {titles.get(path)}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid item xs={3}>
                <TextField
                  select
                  fullWidth
                  id="new-ticket-impact"
                  label={t('newTicket.impact')}
                  value={form.impact}
                  onChange={set('impact')}
                  inputProps={{ 'aria-label': t('newTicket.impact') }}
                >
                  {priority.impacts.map(i => (
                    <MenuItem key={i} value={i}>
                      {i}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
              <Grid item xs={3}>
                <TextField
                  select
                  fullWidth
                  id="new-ticket-urgency"
                  label={t('newTicket.urgency')}
                  value={form.urgency}
                  onChange={set('urgency')}
                  inputProps={{ 'aria-label': t('newTicket.urgency') }}
                >
                  {priority.urgencies.map(u => (
                    <MenuItem key={u} value={u}>
                      {u}
                    </MenuItem>
                  ))}
                </TextField>
                <Typography variant="caption" data-testid="computed-priority">
                  {computed && t('newTicket.priority', { priority: computed })}
                </Typography>
              </Grid>
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
              {isDesk && (
                <>
                  <Grid item xs={8}>
                    <Autocomplete
                      id="new-ticket-reporterUser"
                      options={users.value ?? []}
                      value={userOption}
                      getOptionLabel={(o: EntityOption) =>
                        `${o.title} (${o.ref})`
                      }
                      onChange={(_e, o) =>
                        setForm(f => ({
                          ...f,
                          reporterRef: o?.ref ?? '',
                          reporterName: f.reporterName || o?.title || '',
                        }))
                      }
                      renderInput={params => (
                        <TextField
                          {...params}
                          label={t('newTicket.reporterUser')}
                        />
                      )}
                    />
                  </Grid>
                  <Grid item xs={4}>
                    <TextField
                      select
                      fullWidth
                      id="new-ticket-channel"
                      label={t('newTicket.channel')}
                      value={form.channel}
                      onChange={set('channel')}
                      inputProps={{ 'aria-label': t('newTicket.channel') }}
                    >
                      {TICKET_CHANNELS.map(c => (
                        <MenuItem key={c} value={c}>
                          {t(`channels.${c}`)}
                        </MenuItem>
                      ))}
                    </TextField>
                  </Grid>
                </>
              )}
              <Grid item xs={12}>
                {submitError && (
                  <Alert severity="error" style={{ marginBottom: 8 }}>
                    {submitError}
                  </Alert>
                )}
                <Button
                  type="submit"
                  variant="contained"
                  color="primary"
                  disabled={busy}
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

/** The form field behind a path of the request body (reporter.name → reporterName). */
function fieldOf(path: PropertyKey[]): 'title' {
  const [first, second] = path.map(String);
  return (
    first === 'reporter' && second
      ? `reporter${second[0].toUpperCase()}${second.slice(1)}`
      : first
  ) as 'title';
}
