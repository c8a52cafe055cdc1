export { TicketTable } from './TicketTable';
