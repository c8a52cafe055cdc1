import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterView } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { serverMessage, shortRef } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';
import { DateRange } from './rosterDates';
import { fillByRotation, isPlannable, slotKey } from './slots';
import { useDateLabels } from './useDateLabels';

/**
 * The lead's plan of a week or a month. The backend wants a holder for every slot of the range
 * and refuses to change the holder of a slot that has begun or has changes, so those go along
 * with the holder they have and are shown as they stand. A refusal keeps the dialog open with the
 * server's reason, and nothing is saved.
 */
export function PlanDialog(props: {
  view: RosterView;
  range: DateRange;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const labels = useDateLabels();
  const slots = props.view.slots.filter(
    s => s.date >= props.range.from && s.date <= props.range.to,
  );
  // Fixed when the dialog opens, so a slot starting meanwhile does not vanish from under the lead.
  const [open] = useState(() => slots.filter(isPlannable));
  const [holders, setHolders] = useState(() =>
    Object.fromEntries(slots.map(s => [slotKey(s), s.holder ?? ''])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const openKeys = new Set(open.map(slotKey));

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.planRoster({
        ...props.range,
        assignments: slots.map(s => ({
          date: s.date,
          kind: s.kind,
          holder: holders[slotKey(s)],
        })),
      });
      props.onClose(true);
    } catch (e) {
      setError(t('roster.failed', { message: serverMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={() => props.onClose(false)}
      fullWidth
      maxWidth="md"
      aria-labelledby="roster-plan-title"
    >
      <DialogTitle id="roster-plan-title">
        {t('roster.plan.title', props.range)}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert" style={{ marginBottom: 8 }}>
            {error}
          </Alert>
        )}
        {open.length === 0 ? (
          <Typography>{t('roster.plan.nothing')}</Typography>
        ) : (
          <Button
            variant="outlined"
            onClick={() =>
              setHolders(h => ({
                ...h,
                ...fillByRotation(open, props.view.eligible),
              }))
            }
          >
            {t('roster.plan.rotation')}
          </Button>
        )}
        <Table size="small">
          <TableBody>
            {slots.map(slot => {
              const key = slotKey(slot);
              const label = t('roster.plan.holder', {
                kind: t(`roster.kinds.${slot.kind}`),
                date: slot.date,
              });
              return (
                <TableRow key={key}>
                  <TableCell>
                    {labels.weekday(slot.date)} {slot.date}
                  </TableCell>
                  <TableCell>{t(`roster.kinds.${slot.kind}`)}</TableCell>
                  <TableCell>
                    {openKeys.has(key) ? (
                      <TextField
                        select
                        fullWidth
                        value={holders[key]}
                        onChange={e =>
                          setHolders(h => ({ ...h, [key]: e.target.value }))
                        }
                        SelectProps={{ native: true }}
                        inputProps={{ 'aria-label': label }}
                      >
                        <option value="">—</option>
                        {props.view.eligible[slot.kind].map(ref => (
                          <option key={ref} value={ref}>
                            {shortRef(ref)}
                          </option>
                        ))}
                      </TextField>
                    ) : (
                      <Typography variant="body2" color="textSecondary">
                        {shortRef(slot.holder)} · {t('roster.plan.locked')}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => props.onClose(false)}>
          {t('roster.cancel')}
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={
            busy || open.length === 0 || slots.some(s => !holders[slotKey(s)])
          }
        >
          {t('roster.plan.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
