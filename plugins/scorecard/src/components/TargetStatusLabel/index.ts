export { TargetStatusLabel } from './TargetStatusLabel';
