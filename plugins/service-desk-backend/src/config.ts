import { Config } from '@backstage/config';
import {
  Category,
  RuleSet,
  validateRuleSets,
  normalizeEntityRef,
  PriorityMatrix,
  RoleMembership,
  readRoleMembership,
  userRefSchema,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { DeskHours } from './roster/deskHours';

/** The `serviceDesk` section of app-config, read once at start-up and checked. */
export interface ServiceDeskConfig {
  timeZone: string;
  ticketIdPrefix: string;
  roles: RoleMembership;
  routing: {
    annotation: string;
    ownerProjectManagers: Record<string, string>;
    fallbackProjectManager: string;
  };
  priority: PriorityMatrix;
  categories: Category[];
  demoData: boolean;
  /** Yearly rule sets (SPEC §7.4), checked at start-up. */
  ruleSets: RuleSet[];
  deskHours: DeskHours;
  /** §8.6 (1): changes this long or longer need the IT department manager's approval. */
  roster: { halfDayHours: number };
  /** SLA warnings: at which fractions of the allowed time, and how often the sweep runs. */
  slaWarnings: { fractions: number[]; sweepSeconds: number };
  /** The service principals (subjects) that send call records: the telephone system (SPEC §9). */
  calls: { writers: string[] };
  /** How far before its ticket was opened an emergency's occurred-at may lie. */
  emergencies: { maxOccurredDaysBeforeOpen: number };
}

export const DEFAULT_PM_ANNOTATION = 'service-desk/project-manager';

export function readServiceDeskConfig(root: Config): ServiceDeskConfig {
  const c = root.getConfig('serviceDesk');
  const timeZone = c.getOptionalString('timeZone') ?? 'Asia/Shanghai';
  if (!DateTime.now().setZone(timeZone).isValid) {
    throw new Error(
      `serviceDesk.timeZone '${timeZone}' is not an IANA time zone`,
    );
  }
  const roles = readRoleMembership(root);
  const ownerProjectManagers: Record<string, string> = {};
  for (const [i, entry] of (
    c.getOptionalConfigArray('routing.ownerProjectManagers') ?? []
  ).entries()) {
    ownerProjectManagers[
      normalizeEntityRef(entry.getString('group'), { defaultKind: 'group' })
    ] = checkedUserRef(
      entry.getString('projectManager'),
      `serviceDesk.routing.ownerProjectManagers[${i}].projectManager`,
    );
  }
  const matrixConfig = c.getConfig('priority.matrix');
  const matrix: PriorityMatrix['matrix'] = {};
  for (const impact of matrixConfig.keys()) {
    const row = matrixConfig.getConfig(impact);
    matrix[impact] = Object.fromEntries(
      row.keys().map(u => [u, row.getString(u)]),
    );
  }
  return {
    timeZone,
    ticketIdPrefix: c.getOptionalString('ticketIdPrefix') ?? 'SD',
    roles,
    routing: {
      annotation:
        c.getOptionalString('routing.annotation') ?? DEFAULT_PM_ANNOTATION,
      ownerProjectManagers,
      fallbackProjectManager: checkedUserRef(
        c.getString('routing.fallbackProjectManager'),
        'serviceDesk.routing.fallbackProjectManager',
      ),
    },
    priority: {
      impacts: c.getStringArray('priority.impacts'),
      urgencies: c.getStringArray('priority.urgencies'),
      matrix,
    },
    categories: c.get<Category[]>('categories'),
    demoData: c.getOptionalBoolean('demoData') ?? false,
    ruleSets: readRuleSets(c),
    deskHours: c.getOptional<DeskHours>('deskHours') ?? {
      summer: { from: '05-01', to: '09-30', start: '08:00', end: '17:30' },
      winter: { start: '08:00', end: '18:00' },
    },
    roster: { halfDayHours: readHalfDayHours(c) },
    calls: { writers: c.getOptionalStringArray('calls.writers') ?? [] },
    emergencies: { maxOccurredDaysBeforeOpen: readMaxOccurredDays(c) },
    slaWarnings: {
      fractions: c.getOptional<number[]>('sla.warnAt') ?? [0.5, 0.8],
      sweepSeconds: c.getOptionalNumber('sla.sweepSeconds') ?? 60,
    },
  };
}

function readHalfDayHours(c: Config): number {
  const hours = c.getOptionalNumber('roster.halfDayHours') ?? 4;
  if (!(hours > 0 && hours <= 24)) {
    throw new Error(
      `serviceDesk.roster.halfDayHours must be more than 0 and at most 24, got ${hours}`,
    );
  }
  return hours;
}

function readMaxOccurredDays(c: Config): number {
  const key = 'emergencies.maxOccurredDaysBeforeOpen';
  const days = c.getOptionalNumber(key) ?? 30;
  if (!(days > 0 && days <= 3660)) {
    throw new Error(
      `serviceDesk.${key} must be more than 0 and at most 3660, got ${days}`,
    );
  }
  return days;
}

function readRuleSets(c: Config): RuleSet[] {
  try {
    return validateRuleSets(c.getOptional('ruleSets') ?? []);
  } catch (e) {
    throw new Error(`serviceDesk.ruleSets: ${(e as Error).message}`);
  }
}

function checkedUserRef(value: string, key: string): string {
  const parsed = userRefSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${key} must be a user entity ref, got '${value}'`);
  }
  return value.toLocaleLowerCase('en-US');
}
