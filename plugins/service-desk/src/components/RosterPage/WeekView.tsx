import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  RosterSlot,
  RosterView,
  SHIFT_KINDS,
} from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { serviceDeskTranslationRef } from '../../translation';
import { datesOf } from './rosterDates';
import { SlotCell } from './SlotCell';
import { indexSlots, slotKey } from './slots';
import { useDateLabels } from './useDateLabels';

/** Seven days across, the desk shift and the duty shift down. */
export function WeekView(props: {
  view: RosterView;
  onRequestChange?: (slot: RosterSlot) => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const labels = useDateLabels();
  const slots = indexSlots(props.view.slots);
  const dates = datesOf(props.view);
  return (
    <Table size="small" data-testid="roster-week">
      <TableHead>
        <TableRow>
          <TableCell />
          {dates.map(date => (
            <TableCell key={date}>
              {labels.weekday(date)} {date.slice(5)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {SHIFT_KINDS.map(kind => (
          <TableRow key={kind}>
            <TableCell component="th" scope="row">
              {t(`roster.kinds.${kind}`)}
            </TableCell>
            {dates.map(date => (
              <TableCell key={date} style={{ verticalAlign: 'top' }}>
                <SlotCell
                  slot={slots.get(slotKey({ date, kind }))}
                  onRequestChange={props.onRequestChange}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
