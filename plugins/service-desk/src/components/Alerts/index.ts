export { TicketAlerts } from './TicketAlerts';
export { RefusedAlerts } from './RefusedAlerts';
