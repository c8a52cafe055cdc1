import MenuItem from '@material-ui/core/MenuItem';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import { ReactNode } from 'react';

/** A full-width select of fixed options, named for assistive technology by its label. */
export function MenuSelect(
  props: TextFieldProps & {
    label: string;
    options: readonly string[];
    render: (option: string) => ReactNode;
  },
) {
  const { options, render, ...field } = props;
  return (
    <TextField
      select
      fullWidth
      {...field}
      inputProps={{ 'aria-label': props.label }}
    >
      {options.map(o => (
        <MenuItem key={o} value={o}>
          {render(o)}
        </MenuItem>
      ))}
    </TextField>
  );
}
