import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { SATISFACTION_RATINGS } from '@internal/plugin-service-desk-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import { serviceDeskTranslationRef } from '../../translation';
import { RadioChoice } from './RadioChoice';
import { ActionFormState } from './useActionForm';

type Rating = (typeof SATISFACTION_RATINGS)[number];

/** The callback's outcome: the reporter's rating, whether they confirmed, whether they complained. */
export function CallbackFields(props: {
  form: Pick<ActionFormState, 'fields' | 'setFields' | 'set'>;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { fields, setFields, set } = props.form;
  return (
    <>
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
