import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { AlertStore } from './AlertStore';
import { AssessmentStore } from './AssessmentStore';
import { CallStore } from './CallStore';
import { DatabaseAssessmentStore } from './DatabaseAssessmentStore';
import { DatabaseCallStore } from './DatabaseCallStore';
import { DatabasePeriodCloseStore } from './DatabasePeriodCloseStore';
import { DatabaseRosterStore } from './DatabaseRosterStore';
import { DatabaseTicketStore } from './DatabaseTicketStore';
import { PeriodCloseStore } from './PeriodCloseStore';
import { RosterStore } from './RosterStore';
import { TicketStore } from './TicketStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-service-desk-backend',
  'migrations',
);

/**
 * The plugin's database: migrated once, then every store on it. The stores share the tables
 * (an assessment entry names a ticket, a call is linked to one), so none is built before the
 * migrations have run.
 */
export class ServiceDeskDatabase {
  /** Runs the migrations (unless `database.migrations.skip`) and builds the stores. */
  static async create(options: {
    database: DatabaseService;
    /** The prefix of display ids (`SD` in SD-202611-00001). */
    idPrefix: string;
    /** The desk's time zone: display ids are numbered per month in it. */
    timeZone: string;
  }): Promise<ServiceDeskDatabase> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new ServiceDeskDatabase(
      DatabaseTicketStore.create({ ...options, knex }),
      DatabaseCallStore.create(knex),
      DatabaseAssessmentStore.create(knex),
      DatabaseRosterStore.create(knex),
      DatabasePeriodCloseStore.create(knex),
      new AlertStore(knex),
    );
  }

  private constructor(
    readonly tickets: TicketStore,
    readonly calls: CallStore,
    readonly assessments: AssessmentStore,
    readonly roster: RosterStore,
    readonly periodClose: PeriodCloseStore,
    readonly alerts: AlertStore,
  ) {}
}
