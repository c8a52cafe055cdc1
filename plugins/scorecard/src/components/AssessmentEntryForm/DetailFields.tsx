import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { DeskDateTimeField } from '@internal/plugin-service-desk-react';
import Grid from '@material-ui/core/Grid';
import { ChangeEvent } from 'react';
import TextField from '@material-ui/core/TextField';
import { scorecardTranslationRef } from '../../translation';
import { shapeOf } from './entryForm';
import { FieldsProps, errorOf } from './fieldProps';

/** When and what happened, the evidence, and the ticket it concerns when it takes one. */
export function DetailFields({
  form,
  errors,
  set,
  timeZone,
}: FieldsProps & { timeZone: string }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const { takesTicket, ticketRequired } = shapeOf(form);
  return (
    <>
      <Grid item xs={12} sm={6} md={3}>
        <DeskDateTimeField
          fullWidth
          required
          id="entry-occurred-at"
          label={t('form.occurredAt')}
          value={form.occurredAt}
          onChange={text =>
            set('occurredAt')({ target: { value: text } } as ChangeEvent<{
              value: unknown;
            }>)
          }
          timeZone={timeZone}
          invalidText={t('form.occurredAtInvalid', { zone: timeZone })}
          error={!!errors.occurredAt}
          helperText={
            errors.occurredAt ?? t('form.occurredAtHelp', { zone: timeZone })
          }
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <TextField
          fullWidth
          id="entry-description"
          required
          multiline
          label={t('form.description')}
          value={form.description}
          onChange={set('description')}
          {...errorOf(errors, 'description')}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <TextField
          fullWidth
          id="entry-evidence-url"
          label={t('form.evidenceUrl')}
          value={form.evidenceUrl}
          onChange={set('evidenceUrl')}
          {...errorOf(errors, 'evidenceUrl')}
        />
      </Grid>
      {takesTicket && (
        <Grid item xs={12} sm={6} md={3}>
          <TextField
            fullWidth
            id="entry-ticket"
            required={ticketRequired}
            label={ticketRequired ? t('form.ticketRequired') : t('form.ticket')}
            value={form.ticket}
            onChange={set('ticket')}
            {...errorOf(errors, 'ticket')}
            helperText={errors.ticket ?? t('form.ticketHelp')}
          />
        </Grid>
      )}
    </>
  );
}
