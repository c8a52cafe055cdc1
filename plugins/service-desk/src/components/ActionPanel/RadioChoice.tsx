import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import { ChangeEvent } from 'react';

/** One choice among fixed options, under its label. */
export function RadioChoice(props: {
  label: string;
  value?: string;
  onChange: (e: ChangeEvent<{ value: unknown }>) => void;
  options: readonly string[];
  render: (option: string) => string;
  row?: boolean;
}) {
  return (
    <>
      <FormLabel>{props.label}</FormLabel>
      <RadioGroup
        row={props.row}
        value={props.value ?? ''}
        onChange={props.onChange}
      >
        {props.options.map(o => (
          <FormControlLabel
            key={o}
            value={o}
            control={<Radio />}
            label={props.render(o)}
          />
        ))}
      </RadioGroup>
    </>
  );
}
