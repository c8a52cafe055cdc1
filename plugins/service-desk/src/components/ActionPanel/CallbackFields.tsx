import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Reporter,
  SATISFACTION_RATINGS,
} from '@internal/plugin-service-desk-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { serviceDeskTranslationRef } from '../../translation';
import { RadioChoice } from './RadioChoice';
import { ActionFormState } from './useActionForm';

type Rating = (typeof SATISFACTION_RATINGS)[number];

/**
 * Whom to call back and on which number, then the callback's outcome: the reporter's rating,
 * whether they confirmed, whether they complained.
 */
export function CallbackFields(props: {
  reporter: Reporter;
  form: Pick<ActionFormState, 'fields' | 'setFields' | 'set'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { fields, setFields, set } = props.form;
  const { name, organisation, phone } = props.reporter;
  const who = organisation ? `${name} (${organisation})` : name;
  return (
    <>
      <Typography variant="body1" data-testid="callback-reporter">
        {phone
          ? t('ticket.form.callbackReporter', {
              name: who,
              phone: (
                <Link href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</Link>
              ),
            })
          : t('ticket.form.callbackNoPhone', { name: who })}
      </Typography>
      <RadioChoice
        row
        label={t('ticket.form.rating')}
        value={fields.rating}
        onChange={set('rating')}
        options={SATISFACTION_RATINGS}
        render={r => t(`ratings.${r as Rating}`)}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={!!fields.userConfirmed}
            onChange={e =>
              setFields(f => ({ ...f, userConfirmed: e.target.checked }))
            }
          />
        }
        label={t('ticket.form.userConfirmed')}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={!!fields.complaint}
            onChange={e =>
              setFields(f => ({ ...f, complaint: e.target.checked }))
            }
          />
        }
        label={t('ticket.form.complaint')}
      />
    </>
  );
}
