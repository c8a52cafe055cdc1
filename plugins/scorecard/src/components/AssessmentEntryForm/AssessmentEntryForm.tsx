import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ASSESSMENT_GRADES,
  ASSESSMENT_KINDS,
  AssessmentKind,
  newAssessmentEntrySchema,
} from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { FormEvent, useState } from 'react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { AssessmentEntry } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { scorecardTranslationRef } from '../../translation';

/** Corrections are made from the entries list (Void), not recorded as an item of their own. */
const KINDS = ASSESSMENT_KINDS.filter(k => k !== 'void');
/** Bonus additions concern no ticket, so no deduction can compete with them for one. */
const WITHOUT_TICKET: AssessmentKind[] = ['bonus'];

type Field =
  | 'kind'
  | 'grade'
  | 'persons'
  | 'occurredAt'
  | 'description'
  | 'evidenceUrl'
  | 'ticket';

interface FormState {
  kind: AssessmentKind;
  grade: string;
  persons: string;
  occurredAt: string;
  description: string;
  evidenceUrl: string;
  ticket: string;
}

const nowIn = (timeZone: string) =>
  DateTime.now().setZone(timeZone).toFormat("yyyy-LL-dd'T'HH:mm");

/**
 * Records an assessment item no ticket carries (SPEC §7): a permit or report failure, a graded
 * piece of special work, an ops-security event, a bonus… The input is checked with the backend's
 * own schema before it is sent, and the ticket is asked for by the display id people know.
 */
export function AssessmentEntryForm(props: {
  timeZone: string;
  onSaved: (entry: AssessmentEntry) => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const api = useApi(scorecardApiRef);
  const empty = (): FormState => ({
    kind: 'permit_failure',
    grade: '',
    persons: '1',
    occurredAt: nowIn(props.timeZone),
    description: '',
    evidenceUrl: '',
    ticket: '',
  });
  const [form, setForm] = useState<FormState>(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();

  const grades = ASSESSMENT_GRADES[form.kind] as readonly string[];
  const needsPersons = form.grade === 'no_nda';
  const ticketRequired = form.kind === 'event_response_failure';
  const takesTicket = !WITHOUT_TICKET.includes(form.kind);

  const set =
    (field: keyof FormState) => (e: React.ChangeEvent<{ value: unknown }>) => {
      const value = String(e.target.value);
      setForm(f =>
        field === 'kind'
          ? { ...f, kind: value as AssessmentKind, grade: '' }
          : { ...f, [field]: value },
      );
      setErrors(x => ({ ...x, [field]: undefined }));
    };

  /** The ticket's id from what was typed: an id as is, a display id looked up. */
  const ticketIdOf = async (
    typed: string,
  ): Promise<string | undefined | null> => {
    if (!typed) return undefined;
    if (/^[1-9][0-9]{0,17}$/.test(typed)) return typed;
    return (await api.findTicket(typed))?.id ?? null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOutcome(undefined);
    setBusy(true);
    try {
      const problems: Partial<Record<Field, string>> = {};
      const typedTicket = takesTicket ? form.ticket.trim() : '';
      const ticketId = await ticketIdOf(typedTicket);
      if (ticketId === null)
        problems.ticket = t('form.noTicket', { ticket: typedTicket });
      const local = DateTime.fromISO(form.occurredAt, { zone: props.timeZone });
      const input = {
        kind: form.kind,
        ...(grades.length ? { grade: form.grade } : {}),
        ...(needsPersons ? { persons: Number(form.persons) } : {}),
        occurredAt: local.isValid ? local.toISO()! : '',
        description: form.description.trim(),
        ...(form.evidenceUrl.trim()
          ? { evidenceUrl: form.evidenceUrl.trim() }
          : {}),
        ...(ticketId ? { ticketId } : {}),
      };
      const parsed = newAssessmentEntrySchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = String(issue.path[0]);
          const field = (path === 'ticketId' ? 'ticket' : path) as Field;
          const missing =
            field === 'ticket'
              ? !typedTicket
              : !(input as Record<string, unknown>)[path];
          problems[field] ??= missing ? t('form.required') : t('form.invalid');
        }
      }
      setErrors(problems);
      if (Object.keys(problems).length || !parsed.success) return;
      const entry = await api.createAssessmentEntry(parsed.data);
      setOutcome({ ok: true, message: t('form.saved', { id: entry.id }) });
      setForm(f => ({ ...empty(), kind: f.kind }));
      props.onSaved(entry);
    } catch (error) {
      setOutcome({
        ok: false,
        message: t('form.failed', { message: (error as Error).message }),
      });
    } finally {
      setBusy(false);
    }
  };

  const err = (field: Field) => ({
    error: !!errors[field],
    helperText: errors[field],
  });
  return (
    <InfoCard title={t('form.title')}>
      <form onSubmit={submit} noValidate aria-label={t('form.title')}>
        <Grid container spacing={2} alignItems="flex-start">
          <Grid item xs={12} sm={6} md={3}>
            <TextField
              select
              fullWidth
              id="entry-kind"
              label={t('form.kind')}
              value={form.kind}
              onChange={set('kind')}
              inputProps={{ 'aria-label': t('form.kind') }}
            >
              {KINDS.map(kind => (
                <MenuItem key={kind} value={kind}>
                  {text.entryKind(kind)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          {grades.length > 0 && (
            <Grid item xs={12} sm={6} md={3}>
              <TextField
                select
                fullWidth
                required
                id="entry-grade"
                label={t('form.grade')}
                value={form.grade}
                onChange={set('grade')}
                inputProps={{ 'aria-label': t('form.grade') }}
                {...err('grade')}
              >
                {grades.map(grade => (
                  <MenuItem key={grade} value={grade}>
                    {text.grade(form.kind, grade)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          )}
          {needsPersons && (
            <Grid item xs={12} sm={6} md={2}>
              <TextField
                fullWidth
                id="entry-persons"
                type="number"
                required
                label={t('form.persons')}
                value={form.persons}
                onChange={set('persons')}
                inputProps={{ min: 1 }}
                {...err('persons')}
              />
            </Grid>
          )}
          <Grid item xs={12} sm={6} md={3}>
            <TextField
              fullWidth
              id="entry-occurred-at"
              type="datetime-local"
              required
              label={t('form.occurredAt')}
              value={form.occurredAt}
              onChange={set('occurredAt')}
              InputLabelProps={{ shrink: true }}
              {...err('occurredAt')}
              helperText={
                errors.occurredAt ??
                t('form.occurredAtHelp', { zone: props.timeZone })
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
              {...err('description')}
            />
          </Grid>
          <Grid item xs={12} sm={6} md={3}>
            <TextField
              fullWidth
              id="entry-evidence-url"
              label={t('form.evidenceUrl')}
              value={form.evidenceUrl}
              onChange={set('evidenceUrl')}
              {...err('evidenceUrl')}
            />
          </Grid>
          {takesTicket && (
            <Grid item xs={12} sm={6} md={3}>
              <TextField
                fullWidth
                id="entry-ticket"
                required={ticketRequired}
                label={
                  ticketRequired ? t('form.ticketRequired') : t('form.ticket')
                }
                value={form.ticket}
                onChange={set('ticket')}
                {...err('ticket')}
                helperText={errors.ticket ?? t('form.ticketHelp')}
              />
            </Grid>
          )}
          <Grid item xs={12}>
            <Box display="flex" alignItems="center" style={{ gap: 16 }}>
              <Button
                type="submit"
                variant="contained"
                color="primary"
                disabled={busy}
              >
                {t('form.submit')}
              </Button>
              {outcome && (
                <Typography
                  role="status"
                  color={outcome.ok ? 'textPrimary' : 'error'}
                >
                  {outcome.message}
                </Typography>
              )}
            </Box>
          </Grid>
        </Grid>
      </form>
    </InfoCard>
  );
}
