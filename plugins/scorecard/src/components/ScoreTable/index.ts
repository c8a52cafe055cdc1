export { ScoreTable } from './ScoreTable';
