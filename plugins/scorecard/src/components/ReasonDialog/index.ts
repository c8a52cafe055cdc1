export { ReasonDialog } from './ReasonDialog';
export { useStep } from './useStep';
