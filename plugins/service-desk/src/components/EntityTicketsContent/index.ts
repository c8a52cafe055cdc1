export { EntityTicketsContent } from './EntityTicketsContent';
