/**
 * Demo tickets, calls, assessment items and roster for a development portal, as a module of the
 * service-desk backend plugin.
 *
 * @packageDocumentation
 */
export { serviceDeskDemoDataModule as default } from './module';
export { serviceDeskDemoDataModule } from './module';
// The demo's reporters, for the benchmark's generated tickets (bench/lib/story.mjs).
export { REPORTERS as demoReporters } from './demoOrganisation';
