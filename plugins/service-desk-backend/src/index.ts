/**
 * The service desk backend plugin.
 *
 * @packageDocumentation
 */
export { serviceDeskPlugin as default } from './plugin';
// The desk's configuration, stores and services, for the benchmark (bench/lib/product.mjs),
// which builds its rows and SQL floors with the product's own code, and for the demo data
// module's tests, which plan the demo roster through the real roster rules.
export { readServiceDeskConfig } from './config';
export type { ServiceDeskConfig } from './config';
export { ServiceDeskDatabase } from './database/ServiceDeskDatabase';
export type { TicketStore } from './database/TicketStore';
export type { AssessmentStore } from './database/AssessmentStore';
export type { CallStore } from './database/CallStore';
export type { RosterStore } from './database/RosterStore';
export { toMillis } from './database/tables';
export {
  displayIdColumns,
  eventColumns,
  newTicketColumns,
} from './database/ticketRows';
export { changeFor } from './tickets/changes';
export { CatalogCache } from './catalog/CatalogCache';
export { ProjectManagerRouter } from './routing/ProjectManagerRouter';
export { RosterService } from './roster/RosterService';
export type { GroupMembers } from './roster/RosterService';
export { ScorecardService } from './scorecard/ScorecardService';
