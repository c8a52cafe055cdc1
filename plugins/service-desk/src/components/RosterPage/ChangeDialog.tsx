import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ROSTER_CHANGE_TYPES,
  RosterChange,
  RosterChangeType,
  RosterSlot,
  RosterView,
} from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { serviceDeskTranslationRef } from '../../translation';
import { CoverTimes } from './CoverTimes';
import { NativeSelect } from './NativeSelect';
import { SwapSlotField } from './SwapSlotField';
import { useChangeRequest } from './useChangeRequest';
import { usePersonNames } from './usePersonNames';

/**
 * The lead asks for a change of one slot: a cover for a temporary absence (the whole slot or part
 * of it, in local times) or a swap of whole slots with the replacement, whose slot is picked from
 * the ones shown. Whether it needs the manager's approval is the backend's call.
 */
export function ChangeDialog(props: {
  view: RosterView;
  slot: RosterSlot;
  onClose: (change?: RosterChange) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { slot, view } = props;
  const change = useChangeRequest(view, slot, props.onClose);
  const { type } = change;
  const name = usePersonNames([...view.eligible[slot.kind], slot.holder ?? '']);

  return (
    <Dialog
      open
      onClose={() => props.onClose()}
      fullWidth
      maxWidth="sm"
      aria-labelledby="roster-change-title"
    >
      <DialogTitle id="roster-change-title">
        {t('roster.change.title', {
          kind: t(`roster.kinds.${slot.kind}`),
          date: slot.date,
          holder: name(slot.holder),
        })}
      </DialogTitle>
      <DialogContent>
        {change.error && (
          <Alert severity="error" role="alert">
            {change.error}
          </Alert>
        )}
        <RadioGroup
          row
          aria-label={t('roster.change.type')}
          value={type}
          onChange={e => change.setType(e.target.value as RosterChangeType)}
        >
          {ROSTER_CHANGE_TYPES.map(ct => (
            <FormControlLabel
              key={ct}
              value={ct}
              control={<Radio />}
              label={t(`roster.changeTypes.${ct}`)}
            />
          ))}
        </RadioGroup>
        <NativeSelect
          label={t('roster.change.replacement')}
          value={change.replacement}
          onChange={change.chooseReplacement}
        >
          {view.eligible[slot.kind]
            .filter(ref => ref !== slot.holder)
            .map(ref => (
              <option key={ref} value={ref} title={ref}>
                {name(ref)}
              </option>
            ))}
        </NativeSelect>
        {type === 'cover' && <CoverTimes change={change} />}
        {type === 'swap' && <SwapSlotField change={change} />}
        <TextField
          fullWidth
          multiline
          id="roster-change-reason"
          margin="dense"
          label={t('roster.change.reason')}
          value={change.reason}
          onChange={e => change.setReason(e.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => props.onClose()}>{t('roster.cancel')}</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={change.submit}
          disabled={change.busy || !change.ready}
        >
          {t('roster.change.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
