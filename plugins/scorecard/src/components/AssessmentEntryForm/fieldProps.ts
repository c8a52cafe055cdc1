import { ChangeEvent } from 'react';
import { Field, FieldErrors, FormState } from './entryForm';

/** What a group of the form's fields needs from the form. */
export interface FieldsProps {
  form: FormState;
  errors: FieldErrors;
  set: (field: keyof FormState) => (e: ChangeEvent<{ value: unknown }>) => void;
}

/** A field's error as TextField shows it. */
export const errorOf = (errors: FieldErrors, field: Field) => ({
  error: !!errors[field],
  helperText: errors[field],
});
