export { StatusTable } from './StatusTable';
export type { StatusTableRow } from './StatusTable';
