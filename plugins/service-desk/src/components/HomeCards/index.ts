export { MyQueueCard } from './MyQueueCard';
export { EmergenciesCard } from './EmergenciesCard';
export { OnDutyCard } from './OnDutyCard';
export { HomeCard } from './HomeCard';
export { CompactTicketList } from './CompactTicketList';
