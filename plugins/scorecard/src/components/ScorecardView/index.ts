export { ScorecardView } from './ScorecardView';
