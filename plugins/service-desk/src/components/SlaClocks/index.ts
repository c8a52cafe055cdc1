export { SlaClocks } from './SlaClocks';
