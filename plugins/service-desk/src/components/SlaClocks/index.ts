export { SlaClocks } from './SlaClocks';
export { useDurationText } from './useDurationText';
