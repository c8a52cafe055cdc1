export { KpiTable } from './KpiTable';
