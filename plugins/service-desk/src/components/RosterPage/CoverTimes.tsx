import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import { serviceDeskTranslationRef } from '../../translation';
import { ChangeRequestState } from './useChangeRequest';

/** A cover of part of the slot, between two local times. */
export function CoverTimes(props: {
  change: Pick<
    ChangeRequestState,
    'partial' | 'setPartial' | 'times' | 'setTimes'
  >;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { partial, setPartial, times, setTimes } = props.change;
  const time = (key: 'start' | 'end') => (
    <TextField
      type="time"
      id={`roster-change-${key}`}
      margin="dense"
      label={t(`roster.change.${key}`)}
      value={times[key]}
      onChange={e => setTimes(v => ({ ...v, [key]: e.target.value }))}
      InputLabelProps={{ shrink: true }}
      style={{ marginRight: 16 }}
    />
  );
  return (
    <>
      <FormControlLabel
        control={
          <Checkbox
            checked={partial}
            onChange={e => setPartial(e.target.checked)}
          />
        }
        label={t('roster.change.partial')}
      />
      {partial && (
        <div>
          {time('start')}
          {time('end')}
        </div>
      )}
    </>
  );
}
