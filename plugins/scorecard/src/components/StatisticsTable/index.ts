export { StatisticsTable } from './StatisticsTable';
