import TextField from '@material-ui/core/TextField';
import { ReactNode } from 'react';

/** A native select with an empty first choice, named for assistive technology by its label. */
export function NativeSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <TextField
      select
      fullWidth
      margin="dense"
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      inputProps={{ 'aria-label': props.label }}
    >
      <option value="">—</option>
      {props.children}
    </TextField>
  );
}
