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
import { useTheme } from '@material-ui/core/styles';
import { serviceDeskTranslationRef } from '../../translation';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { datesOf, today } from './rosterDates';
import { todayStyle } from './todayStyle';
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
  const now = today(useDeskConfig().timeZone);
  const theme = useTheme();
  return (
    <Table size="small" data-testid="roster-week">
      <TableHead>
        <TableRow>
          <TableCell />
          {dates.map(date => (
            <TableCell
              key={date}
              aria-current={date === now ? 'date' : undefined}
              style={date === now ? todayStyle(theme) : undefined}
            >
              {labels.weekday(date)} {date.slice(5)}
              {date === now && ` · ${t('roster.today')}`}
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
              <TableCell
                key={date}
                style={{
                  verticalAlign: 'top',
                  ...(date === now ? todayStyle(theme) : {}),
                }}
              >
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
