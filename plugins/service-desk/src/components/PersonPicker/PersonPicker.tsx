import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';
import { normalizeEntityRef } from '@internal/plugin-service-desk-common';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete, {
  createFilterOptions,
} from '@material-ui/lab/Autocomplete';
import { shortRef } from '../../format';
import { serviceDeskTranslationRef } from '../../translation';
import { PersonFilter, PersonOption, usePeople } from './usePeople';

export interface PersonPickerProps {
  /** The chosen person's ref, or null for nobody. */
  value: string | null;
  onChange: (ref: string | null) => void;
  label: string;
  /** Offer only these people (refs); without it, the catalog's users (see filter). */
  candidates?: string[];
  filter?: PersonFilter;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  helperText?: string;
}

// People look for a colleague by name or by login id, so both are searched.
const filterOptions = createFilterOptions<PersonOption>({
  stringify: o => `${o.name} ${o.ref}`,
});

/** Picks a person from the catalog, shown by display name with the id beside it. */
export function PersonPicker(props: PersonPickerProps) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const people = usePeople(props.candidates, props.filter);
  const options = people.value ?? [];
  const valueRef = props.value
    ? normalizeEntityRef(props.value, { defaultKind: 'user' })
    : null;
  // A value outside the options (still loading, or a PM outside the offered roles) is still
  // shown, by the name the catalog gives it, rather than blanked.
  const presented = useEntityPresentation(valueRef ?? 'user:default/unknown', {
    defaultKind: 'User',
  });
  const value = valueRef
    ? options.find(o => o.ref === valueRef) ?? {
        ref: valueRef,
        name: presented.primaryTitle,
      }
    : null;
  const shown =
    value && !options.includes(value) ? [value, ...options] : options;
  return (
    <Autocomplete
      id={props.id}
      options={shown}
      value={value}
      disabled={props.disabled}
      loading={people.loading}
      loadingText={t('personPicker.loading')}
      noOptionsText={t('personPicker.none')}
      filterOptions={filterOptions}
      getOptionLabel={o => o.name}
      getOptionSelected={(o, v) => o.ref === v.ref}
      onChange={(_e, o) => props.onChange(o?.ref ?? null)}
      renderOption={o => (
        <span title={o.ref}>
          {o.name}{' '}
          <Typography component="span" variant="caption" color="textSecondary">
            {shortRef(o.ref)}
          </Typography>
        </span>
      )}
      renderInput={params => (
        <TextField
          {...params}
          margin="dense"
          label={props.label}
          required={props.required}
          helperText={
            people.error
              ? t('errors.load', { message: people.error.message })
              : props.helperText
          }
          error={Boolean(people.error)}
          title={value?.ref}
        />
      )}
    />
  );
}
