export { NewTicketForm } from './NewTicketForm';
