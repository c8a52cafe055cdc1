import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { EntityOption } from './useCatalogOptions';

/** Picks a catalog entity by title or ref; the form keeps only the ref. */
export function EntityPicker(props: {
  id: string;
  options?: EntityOption[];
  entityRef: string;
  onChange: (option: EntityOption | null) => void;
  input: TextFieldProps;
}) {
  const options = props.options ?? [];
  return (
    <Autocomplete
      id={props.id}
      options={options}
      value={options.find(o => o.ref === props.entityRef) ?? null}
      getOptionLabel={(o: EntityOption) => `${o.title} (${o.ref})`}
      onChange={(_e, o) => props.onChange(o)}
      renderInput={params => <TextField {...params} {...props.input} />}
    />
  );
}
