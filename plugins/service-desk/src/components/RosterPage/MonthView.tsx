import { RosterView, SHIFT_KINDS } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useTheme } from '@material-ui/core/styles';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';
import { datesOf, sameMonth, today } from './rosterDates';
import { todayStyle } from './todayStyle';
import { SlotCell } from './SlotCell';
import { indexSlots, slotKey } from './slots';
import { useDateLabels } from './useDateLabels';

/** A calendar of the month in whole weeks; the neighbouring months' days are dimmed. */
export function MonthView(props: { view: RosterView; month: string }) {
  const labels = useDateLabels();
  const slots = indexSlots(props.view.slots);
  const dates = datesOf(props.view);
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const now = today(useDeskConfig().timeZone);
  const theme = useTheme();
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
        gap: 4,
      }}
      data-testid="roster-month"
    >
      {dates.slice(0, 7).map(date => (
        <Typography key={date} variant="subtitle2" align="center">
          {labels.weekday(date)}
        </Typography>
      ))}
      {dates.map(date => (
        <Box
          key={date}
          border={1}
          borderColor="divider"
          borderRadius={4}
          p={0.5}
          data-testid={`day-${date}`}
          aria-current={date === now ? 'date' : undefined}
          style={{
            opacity: sameMonth(date, props.month) ? 1 : 0.5,
            ...(date === now ? todayStyle(theme) : {}),
          }}
        >
          <Typography variant="caption">
            {labels.dayOfMonth(date)}
            {date === now && ` · ${t('roster.today')}`}
          </Typography>
          {SHIFT_KINDS.map(kind => (
            <SlotCell
              key={kind}
              slot={slots.get(slotKey({ date, kind }))}
              compact
            />
          ))}
        </Box>
      ))}
    </div>
  );
}
