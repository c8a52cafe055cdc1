import { DESK_DATE_FORMAT } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Popover from '@material-ui/core/Popover';
import SvgIcon from '@material-ui/core/SvgIcon';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { DateTime, Info } from 'luxon';
import { useState } from 'react';

/** The picker's own words, in the caller's language. */
export interface DeskDatePickerLabels {
  open: string;
  previousMonth: string;
  nextMonth: string;
  hour: string;
  minute: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A month of days and, for a date-time, hour and minute, all in the desk's zone: picking writes
 * the same `yyyy-MM-dd HH:mm` text the field takes typed.
 */
export function DeskDatePicker(props: {
  /** The day and time the field holds (in the desk zone), or now there. */
  current: DateTime;
  dateOnly?: boolean;
  locale: string;
  labels: DeskDatePickerLabels;
  onPick: (picked: DateTime) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [month, setMonth] = useState(props.current.startOf('month'));
  const { current, labels } = props;
  // Weeks start on Monday, as the desk's calendar does (GB/T 7408).
  const first = month.minus({ days: month.weekday - 1 });
  const days = Array.from({ length: 42 }, (_, i) => first.plus({ days: i }));
  const pick = (change: { day?: DateTime; hour?: number; minute?: number }) =>
    props.onPick(
      current.set({
        ...(change.day
          ? {
              year: change.day.year,
              month: change.day.month,
              day: change.day.day,
            }
          : {}),
        ...(change.hour !== undefined ? { hour: change.hour } : {}),
        ...(change.minute !== undefined ? { minute: change.minute } : {}),
      }),
    );
  const select = (
    label: string,
    value: number,
    count: number,
    key: 'hour' | 'minute',
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={e => pick({ [key]: Number(e.target.value) })}
      SelectProps={{ native: true }}
      inputProps={{ 'aria-label': label }}
    >
      {Array.from({ length: count }, (_, i) => (
        <option key={i} value={i}>
          {pad(i)}
        </option>
      ))}
    </TextField>
  );
  return (
    <>
      <IconButton
        size="small"
        aria-label={labels.open}
        onClick={e => {
          setMonth(current.startOf('month'));
          setAnchor(e.currentTarget);
        }}
      >
        <SvgIcon fontSize="small">
          <path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V9h14v11zM7 11h5v5H7z" />
        </SvgIcon>
      </IconButton>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Box p={1} role="group" aria-label={labels.open}>
          <Box
            display="flex"
            alignItems="center"
            justifyContent="space-between"
          >
            <IconButton
              size="small"
              aria-label={labels.previousMonth}
              onClick={() => setMonth(m => m.minus({ months: 1 }))}
            >
              ‹
            </IconButton>
            <Typography variant="subtitle2">
              {month.toFormat('yyyy-MM')}
            </Typography>
            <IconButton
              size="small"
              aria-label={labels.nextMonth}
              onClick={() => setMonth(m => m.plus({ months: 1 }))}
            >
              ›
            </IconButton>
          </Box>
          <Box
            display="grid"
            gridTemplateColumns="repeat(7, 36px)"
            textAlign="center"
          >
            {Info.weekdays('narrow', { locale: props.locale }).map((d, i) => (
              <Typography key={i} variant="caption" color="textSecondary">
                {d}
              </Typography>
            ))}
            {days.map(d => (
              <Button
                key={d.toISODate()}
                size="small"
                style={{
                  minWidth: 36,
                  opacity: d.month === month.month ? 1 : 0.5,
                }}
                color={d.hasSame(current, 'day') ? 'primary' : 'default'}
                variant={d.hasSame(current, 'day') ? 'contained' : 'text'}
                aria-label={d.toFormat(DESK_DATE_FORMAT)}
                onClick={() => {
                  pick({ day: d });
                  if (props.dateOnly) setAnchor(null);
                }}
              >
                {d.day}
              </Button>
            ))}
          </Box>
          {!props.dateOnly && (
            <Box display="flex" mt={1} style={{ gap: 8 }}>
              {select(labels.hour, current.hour, 24, 'hour')}
              {select(labels.minute, current.minute, 60, 'minute')}
            </Box>
          )}
        </Box>
      </Popover>
    </>
  );
}
