// What modules of the service-desk plugin build on: the seeding extension point and its types.
export {
  deskSeedingExtensionPoint,
  type DeskSeeder,
  type DeskSeeding,
  type DeskSeedingExtensionPoint,
  type DeskSeedingRoster,
} from './seeding/extensions';
export type { WriteDoor, WriteProvenance } from './database/batches';
export type { CallRecord } from './database/CallStore';
export type { NewAssessmentEntry } from './database/AssessmentStore';
