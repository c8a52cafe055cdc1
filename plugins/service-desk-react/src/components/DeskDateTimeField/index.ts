export {
  DeskDateTimeField,
  isDeskTimeText,
  type DeskDateTimeFieldProps,
} from './DeskDateTimeField';
