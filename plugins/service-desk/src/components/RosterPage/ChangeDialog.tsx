import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ROSTER_CHANGE_TYPES,
  RosterChange,
  RosterChangeInput,
  RosterChangeType,
  RosterSlot,
  RosterView,
} from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ReactNode, useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { formatClock, serverMessage, shortRef } from '../../format';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { instantInSlot } from './rosterDates';
import { slotKey, slotRefOf } from './slots';

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
  const api = useApi(serviceDeskApiRef);
  const { timeZone } = useDeskConfig();
  const { slot, view } = props;
  const [type, setType] = useState<RosterChangeType>('cover');
  const [replacement, setReplacement] = useState('');
  const [partial, setPartial] = useState(false);
  const [times, setTimes] = useState({
    start: formatClock(slot.start, timeZone),
    end: formatClock(slot.end, timeZone),
  });
  const [swapWith, setSwapWith] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const swapSlots = view.slots.filter(
    s => s.holder === replacement && slotKey(s) !== slotKey(slot),
  );
  const ready =
    !!replacement && !!reason.trim() && (type === 'cover' || !!swapWith);

  const submit = async () => {
    const input: RosterChangeInput = {
      date: slot.date,
      kind: slot.kind,
      type,
      replacement,
      reason: reason.trim(),
    };
    if (type === 'cover' && partial) {
      input.start = instantInSlot(slot, times.start, timeZone, false);
      input.end = instantInSlot(slot, times.end, timeZone, true);
    }
    if (type === 'swap') input.swapWith = slotRefOf(swapWith);
    setBusy(true);
    setError(undefined);
    try {
      props.onClose(await api.requestRosterChange(input));
    } catch (e) {
      setError(t('roster.failed', { message: serverMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  const select = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: ReactNode,
  ) => (
    <TextField
      select
      fullWidth
      margin="dense"
      label={label}
      value={value}
      onChange={e => onChange(e.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      inputProps={{ 'aria-label': label }}
    >
      <option value="">—</option>
      {options}
    </TextField>
  );
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
          holder: shortRef(slot.holder),
        })}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <RadioGroup
          row
          aria-label={t('roster.change.type')}
          value={type}
          onChange={e => setType(e.target.value as RosterChangeType)}
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
        {select(
          t('roster.change.replacement'),
          replacement,
          v => {
            setReplacement(v);
            setSwapWith('');
          },
          view.eligible[slot.kind]
            .filter(ref => ref !== slot.holder)
            .map(ref => (
              <option key={ref} value={ref}>
                {shortRef(ref)}
              </option>
            )),
        )}
        {type === 'cover' && (
          <FormControlLabel
            control={
              <Checkbox
                checked={partial}
                onChange={e => setPartial(e.target.checked)}
              />
            }
            label={t('roster.change.partial')}
          />
        )}
        {type === 'cover' && partial && (
          <div>
            {time('start')}
            {time('end')}
          </div>
        )}
        {type === 'swap' &&
          select(
            t('roster.change.swapWith'),
            swapWith,
            setSwapWith,
            swapSlots.map(s => (
              <option key={slotKey(s)} value={slotKey(s)}>
                {s.date} {t(`roster.kinds.${s.kind}`)}
              </option>
            )),
          )}
        {type === 'swap' && replacement && swapSlots.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('roster.change.noSwapSlot')}
          </Typography>
        )}
        <TextField
          fullWidth
          multiline
          id="roster-change-reason"
          margin="dense"
          label={t('roster.change.reason')}
          value={reason}
          onChange={e => setReason(e.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => props.onClose()}>{t('roster.cancel')}</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={busy || !ready}
        >
          {t('roster.change.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
