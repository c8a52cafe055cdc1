import { Config } from '@backstage/config';
import {
  Category,
  InvalidRuleSetError,
  RuleSet,
  validateRuleSets,
  normalizeEntityRef,
  PriorityMatrix,
  readCategories,
  categoryPaths,
  priorityOf,
  readPriorityMatrix,
  RoleMembership,
  readRoleMembership,
  userRefSchema,
  RestRule,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';
import { DeskHours, HolidayEntry } from './roster/deskHours';
import { DESK_LANGUAGES, DeskLanguage } from './notifications/messages';

/** The `serviceDesk` section of app-config, read once at start-up and checked. */
export interface ServiceDeskConfig {
  timeZone: string;
  /** The language the desk's notifications are written in. */
  language: DeskLanguage;
  ticketIdPrefix: string;
  roles: RoleMembership;
  routing: {
    annotation: string;
    ownerProjectManagers: Record<string, string>;
    fallbackProjectManager: string;
    /** How long a catalog entity read for routing is kept; 0 reads it every time. */
    catalogCacheSeconds: number;
  };
  priority: PriorityMatrix;
  categories: Category[];
  demoData: boolean;
  /** Yearly rule sets (SPEC §7.4), checked at start-up. */
  ruleSets: RuleSet[];
  deskHours: DeskHours;
  /** §8.6 (1): changes this long or longer need the IT department manager's approval. */
  roster: { halfDayHours: number; rest: RestRule };
  /** SLA warnings: at which fractions of the allowed time, and how often the sweep runs. */
  slaWarnings: { fractions: number[]; sweepSeconds: number };
  /** The service principals (subjects) that send call records: the telephone system (SPEC §9). */
  calls: { writers: string[] };
  /** Alerts from monitoring (POST /alerts): who may send them and what ticket each severity opens. */
  alerts: AlertsConfig;
  /** How far before its ticket was opened an emergency's occurred-at may lie. */
  emergencies: { maxOccurredDaysBeforeOpen: number };
  /** Days after a period is sealed within which the lead may still appeal a deduction. */
  /** Appeals (issue 14); how often the closed months' figures are read ahead (0: off). */
  scorecard: { appealDays: number; keepFiguresMinutes: number };
  /** How long a caller's conditional ticket decision is kept before the policy is asked again. */
  permissions: { decisionCacheSeconds: number };
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
  return {
    timeZone,
    language: readLanguage(c),
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
      catalogCacheSeconds: readCacheSeconds(
        c,
        'routing.catalogCacheSeconds',
        30,
      ),
    },
    priority: readPriorityMatrix(c),
    categories: readCategories(c),
    demoData: c.getOptionalBoolean('demoData') ?? false,
    ruleSets: readRuleSets(c),
    deskHours: {
      ...(c.getOptional<DeskHours>('deskHours') ?? {
        summer: { from: '05-01', to: '09-30', start: '08:00', end: '17:30' },
        winter: { start: '08:00', end: '18:00' },
      }),
      holidays: readHolidays(c),
    },
    roster: { halfDayHours: readHalfDayHours(c), rest: readRestRule(c) },
    calls: { writers: c.getOptionalStringArray('calls.writers') ?? [] },
    alerts: readAlerts(c),
    emergencies: { maxOccurredDaysBeforeOpen: readMaxOccurredDays(c) },
    scorecard: {
      appealDays: readAppealDays(c),
      keepFiguresMinutes: readKeepFiguresMinutes(c),
    },
    permissions: {
      decisionCacheSeconds: readCacheSeconds(
        c,
        'permissions.decisionCacheSeconds',
        10,
      ),
    },
    slaWarnings: {
      fractions: c.getOptional<number[]>('sla.warnAt') ?? [0.5, 0.8],
      sweepSeconds: c.getOptionalNumber('sla.sweepSeconds') ?? 60,
    },
  };
}

export interface AlertSeverity {
  impact: string;
  urgency: string;
  /** An alert of this severity opens an emergency (突发事件), its occurred-at the alert's time. */
  emergency: boolean;
}

export interface AlertsConfig {
  /** The principal subjects allowed to send alerts, e.g. `external:monitoring`. Default: none. */
  senders: string[];
  /** The category of the tickets alerts open. */
  category: string;
  severities: Record<string, AlertSeverity>;
}

/** The regulation names no alert levels: these are a monitoring system's usual four. */
const DEFAULT_SEVERITIES: Record<string, AlertSeverity> = {
  critical: { impact: 'high', urgency: 'high', emergency: true },
  major: { impact: 'high', urgency: 'medium', emergency: false },
  minor: { impact: 'medium', urgency: 'medium', emergency: false },
  warning: { impact: 'low', urgency: 'low', emergency: false },
};

/**
 * `alerts`; where someone may send them, each severity's impact × urgency is checked against the
 * matrix and the category against the tree, as a ticket's would be.
 */
function readAlerts(c: Config): AlertsConfig {
  const a = c.getOptionalConfig('alerts');
  const senders = a?.getOptionalStringArray('senders') ?? [];
  const category = a?.getOptionalString('category') ?? 'application/fault';
  const configured = a?.getOptionalConfig('severities');
  const severities: Record<string, AlertSeverity> = configured
    ? Object.fromEntries(
        configured.keys().map(name => {
          const s = configured.getConfig(name);
          return [
            name,
            {
              impact: s.getString('impact'),
              urgency: s.getString('urgency'),
              emergency: s.getOptionalBoolean('emergency') ?? false,
            },
          ];
        }),
      )
    : DEFAULT_SEVERITIES;
  if (senders.length === 0) return { senders, category, severities };
  if (!categoryPaths(readCategories(c)).includes(category))
    throw new Error(
      `serviceDesk.alerts.category '${category}' is not a configured category`,
    );
  const priority = readPriorityMatrix(c);
  for (const [name, s] of Object.entries(severities)) {
    if (!priorityOf(priority, s.impact, s.urgency))
      throw new Error(
        `serviceDesk.alerts.severities.${name}: '${s.impact}' × '${s.urgency}' is not in the priority matrix`,
      );
  }
  return { senders, category, severities };
}

/** How long a cache under `key` keeps what it read: seconds from 0 (off) to 300. */
function readCacheSeconds(c: Config, key: string, fallback: number): number {
  const seconds = c.getOptionalNumber(key) ?? fallback;
  if (!(seconds >= 0 && seconds <= 300))
    throw new Error(
      `serviceDesk.${key} must be from 0 (off) to 300, not ${seconds}`,
    );
  return seconds;
}

function readKeepFiguresMinutes(c: Config): number {
  const minutes = c.getOptionalNumber('scorecard.keepFiguresMinutes') ?? 15;
  if (!(Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440))
    throw new Error(
      `serviceDesk.scorecard.keepFiguresMinutes must be whole minutes from 0 (off) to 1440, not ${minutes}`,
    );
  return minutes;
}

function readAppealDays(c: Config): number {
  const days = c.getOptionalNumber('scorecard.appealDays') ?? 10;
  if (!Number.isInteger(days) || days < 0 || days > 366)
    throw new Error(
      `serviceDesk.scorecard.appealDays must be a whole number of days from 0 to 366, not ${days}`,
    );
  return days;
}

function readLanguage(c: Config): DeskLanguage {
  const language = c.getOptionalString('language') ?? 'zh-CN';
  const known = DESK_LANGUAGES.find(l => l === language);
  if (!known) {
    throw new Error(
      `serviceDesk.language must be one of ${DESK_LANGUAGES.join(
        ', ',
      )}, got ${language}`,
    );
  }
  return known;
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

/**
 * Defaults a grid-dispatch desk lives with: 16 hours is a desk day with a few hours' cover at the
 * handover, never a desk day and the night after it (24 h, 连班) nor a night and the day off
 * after it (38 h); 8 hours off is a night's sleep between two stretches.
 */
function readRestRule(c: Config): RestRule {
  const rule = {
    maxContinuousHours:
      c.getOptionalNumber('roster.rest.maxContinuousHours') ?? 16,
    minRestHours: c.getOptionalNumber('roster.rest.minRestHours') ?? 8,
  };
  if (!(rule.maxContinuousHours > 0 && rule.maxContinuousHours <= 72)) {
    throw new Error(
      `serviceDesk.roster.rest.maxContinuousHours must be more than 0 and at most 72, got ${rule.maxContinuousHours}`,
    );
  }
  if (!(rule.minRestHours >= 0 && rule.minRestHours <= 48)) {
    throw new Error(
      `serviceDesk.roster.rest.minRestHours must be 0 to 48, got ${rule.minRestHours}`,
    );
  }
  return rule;
}

function readHolidays(c: Config): HolidayEntry[] {
  const entries = (c.getOptionalConfigArray('roster.holidays') ?? []).map(
    (h, i): HolidayEntry => {
      const where = `serviceDesk.roster.holidays[${i}]`;
      const date = h.getString('date');
      const kind = h.getString('kind');
      if (!DateTime.fromISO(date).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new Error(`${where}.date must be a date yyyy-MM-dd, got ${date}`);
      if (kind !== 'holiday' && kind !== 'workday')
        throw new Error(
          `${where}.kind must be holiday or workday, got ${kind}`,
        );
      return { date, kind, name: h.getOptionalString('name') };
    },
  );
  const dates = entries.map(e => e.date);
  const twice = dates.find((d, i) => dates.indexOf(d) !== i);
  if (twice)
    throw new Error(`serviceDesk.roster.holidays names ${twice} twice`);
  return entries;
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
    if (!(e instanceof InvalidRuleSetError)) throw e;
    // Each issue as the path an administrator finds in app-config: serviceDesk.ruleSets[1].version.
    const at = (path: string) =>
      path === '(root)'
        ? 'serviceDesk.ruleSets'
        : `serviceDesk.ruleSets${path}`;
    throw new Error(
      `Invalid serviceDesk.ruleSets: ${e.issues
        .map(i => `${at(i.path)}: ${i.message}`)
        .join('; ')}`,
    );
  }
}

function checkedUserRef(value: string, key: string): string {
  const parsed = userRefSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${key} must be a user entity ref, got '${value}'`);
  }
  return value.toLocaleLowerCase('en-US');
}
