import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useScoreText } from '../../hooks/useScoreText';
import { KINDS, shapeOf } from './entryForm';
import { FieldsProps, errorOf } from './fieldProps';

/** What is recorded: the kind, its grade when it has grades, the persons of a missing NDA. */
export function KindFields({ form, errors, set }: FieldsProps) {
  const text = useScoreText();
  const { t } = text;
  const { grades, needsPersons } = shapeOf(form);
  return (
    <>
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
            {...errorOf(errors, 'grade')}
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
            {...errorOf(errors, 'persons')}
          />
        </Grid>
      )}
    </>
  );
}
