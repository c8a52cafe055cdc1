export { TrendCharts } from './TrendCharts';
