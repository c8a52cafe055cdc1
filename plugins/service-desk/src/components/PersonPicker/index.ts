export { PersonPicker } from './PersonPicker';
export type { PersonPickerProps } from './PersonPicker';
export type { PersonFilter } from './usePeople';
export { PersonLink } from './PersonLink';
