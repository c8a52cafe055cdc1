import {
  appLanguageApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  DESK_DATE_FORMAT,
  DESK_DATE_TIME_FORMAT,
  deskTimeToUtc,
  isDeskDate,
} from '@internal/plugin-service-desk-common';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import { DateTime } from 'luxon';
import { ReactNode, useState } from 'react';
import { serviceDeskReactTranslationRef } from '../../translation';
import { DeskDatePicker } from './DeskDatePicker';

/** @public */
export interface DeskDateTimeFieldProps {
  id: string;
  label: string;
  /** The text as typed: `yyyy-MM-dd HH:mm` (or `yyyy-MM-dd` with `dateOnly`) in `timeZone`. */
  value: string;
  onChange: (text: string) => void;
  /** The desk's zone (`serviceDesk.timeZone`), in which the text is read. */
  timeZone: string;
  /** A day only (list filters), `yyyy-MM-dd`. */
  dateOnly?: boolean;
  /** Shown, in the caller's language, once the text is left unreadable. */
  invalidText: string;
  helperText?: ReactNode;
  /** An error the form found (e.g. a required field left empty); wins over the hint. */
  error?: boolean;
  required?: boolean;
  fullWidth?: boolean;
  size?: TextFieldProps['size'];
  margin?: TextFieldProps['margin'];
}

/** Whether a field's text is empty or a time (or day) that exists in the zone. */
export function isDeskTimeText(
  text: string,
  timeZone: string,
  dateOnly = false,
): boolean {
  if (!text.trim()) return true;
  return dateOnly ? isDeskDate(text) : !!deskTimeToUtc(text, timeZone);
}

/**
 * A date-time typed, or picked from a calendar, in the desk's zone, 24-hour and year first, the same in every language: the
 * browser's own date inputs follow its locale (mm/dd/yyyy, AM/PM) and the viewer's zone, not the
 * desk's. Callers turn the text into UTC with `deskTimeToUtc` of service-desk-common.
 *
 * @public
 */
export function DeskDateTimeField(props: DeskDateTimeFieldProps) {
  const { t } = useTranslationRef(serviceDeskReactTranslationRef);
  const locale = useApi(appLanguageApiRef).getLanguage().language;
  const [left, setLeft] = useState(false);
  const format = props.dateOnly ? DESK_DATE_FORMAT : DESK_DATE_TIME_FORMAT;
  const typed = DateTime.fromFormat(props.value.trim(), format, {
    zone: props.timeZone,
  });
  const current = typed.isValid
    ? typed
    : DateTime.now().setZone(props.timeZone).startOf('minute');
  const unreadable =
    left && !isDeskTimeText(props.value, props.timeZone, props.dateOnly);
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      onBlur={() => setLeft(true)}
      required={props.required}
      fullWidth={props.fullWidth}
      size={props.size}
      margin={props.margin}
      placeholder={format}
      error={unreadable || props.error}
      helperText={unreadable ? props.invalidText : props.helperText}
      InputLabelProps={{ shrink: true }}
      InputProps={{
        endAdornment: (
          <InputAdornment position="end">
            <DeskDatePicker
              current={current}
              dateOnly={props.dateOnly}
              locale={locale}
              labels={{
                open: t('datePicker.open'),
                previousMonth: t('datePicker.previousMonth'),
                nextMonth: t('datePicker.nextMonth'),
                hour: t('datePicker.hour'),
                minute: t('datePicker.minute'),
              }}
              onPick={picked => {
                setLeft(true);
                props.onChange(picked.toFormat(format));
              }}
            />
          </InputAdornment>
        ),
      }}
      inputProps={{
        'aria-label': props.label,
        inputMode: 'numeric',
        // yyyy-MM-dd HH:mm is 16 characters; a little room for stray spaces.
        maxLength: format.length + 4,
        autoComplete: 'off',
      }}
    />
  );
}
