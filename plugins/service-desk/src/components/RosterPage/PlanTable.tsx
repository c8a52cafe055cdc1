import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RosterSlot, RosterView } from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { serviceDeskTranslationRef } from '../../translation';
import { slotKey } from './slots';
import { useDateLabels } from './useDateLabels';
import { usePersonNames } from './usePersonNames';

/** The slots of the range, each with a holder to pick or, when it cannot change, as it stands. */
export function PlanTable(props: {
  slots: RosterSlot[];
  eligible: RosterView['eligible'];
  openKeys: Set<string>;
  holders: Record<string, string>;
  onChange: (key: string, holder: string) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const labels = useDateLabels();
  const name = usePersonNames([
    ...new Set([...props.eligible.desk, ...props.eligible.duty]),
  ]);
  return (
    <Table size="small">
      <TableBody>
        {props.slots.map(slot => {
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
                {props.openKeys.has(key) ? (
                  <TextField
                    select
                    fullWidth
                    value={props.holders[key]}
                    onChange={e => props.onChange(key, e.target.value)}
                    SelectProps={{ native: true }}
                    inputProps={{ 'aria-label': label }}
                  >
                    <option value="">—</option>
                    {props.eligible[slot.kind].map(ref => (
                      <option key={ref} value={ref} title={ref}>
                        {name(ref)}
                      </option>
                    ))}
                  </TextField>
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    {slot.holder && (
                      <EntityDisplayName
                        entityRef={slot.holder}
                        defaultKind="user"
                        hideIcon
                      />
                    )}{' '}
                    · {t('roster.plan.locked')}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
