/**
 * Demo tickets, calls, assessment items and roster for a development portal, as a module of the
 * service-desk backend plugin.
 *
 * @packageDocumentation
 */
export { serviceDeskDemoDataModule as default } from './module';
export { serviceDeskDemoDataModule } from './module';
