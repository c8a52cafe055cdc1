export interface Config {
  /** The backend's part of the service desk config (shared keys: service-desk-common). */
  serviceDesk?: {
    /**
     * The desk's language: the notifications the backend sends (to PMs, engineers, the desk,
     * reporters) are written in it. Default zh-CN.
     */
    language?: 'zh-CN' | 'en';
    /** How a ticket finds its project manager (SPEC §4). */
    routing: {
      /** Annotation naming the PM user on an entity, its system or its domain. */
      annotation?: string;
      /** The PM of each owner group, for entities that name none. */
      ownerProjectManagers?: Array<{ group: string; projectManager: string }>;
      /** Who receives a ticket that nothing else routes: the desk lead. */
      fallbackProjectManager: string;
      /**
       * Seconds a catalog entity read for routing (the entity, its system, domain and owner
       * group, a reporter or assignee) is kept before the catalog is asked again (default 30, 0
       * asks every time): a moved PM annotation or group membership takes effect within it.
       */
      catalogCacheSeconds?: number;
    };
    /** The duty roster (SPEC §8.6). */
    roster?: {
      /** A cover or swap at least this many hours long needs the IT manager's approval (default 4). */
      halfDayHours?: number;
      /**
       * The rest rule, kept by plans, fill-by-rotation, covers and swaps. A single slot is never
       * too long by itself (a day off's duty runs 24 hours); the rule limits slots chained together.
       */
      rest?: {
        /** Most hours one person is on duty in a row across more than one slot (default 16). */
        maxContinuousHours?: number;
        /** Fewest hours off between two of one person's stretches of duty (default 8). */
        minRestHours?: number;
      };
      /**
       * The State Council's holidays and adjusted working days (调休), before the built-in
       * calendar and beyond its years: `holiday` closes the desk that day, `workday` opens it.
       */
      holidays?: Array<{
        /** yyyy-MM-dd, local to the desk. */
        date: string;
        kind: 'holiday' | 'workday';
        name?: string;
      }>;
    };
    /** Call records (SPEC §8.1, §9). */
    calls?: {
      /**
       * The principal subjects allowed to send call records through the API (POST /calls) and
       * uploads: the telephone system's service credential, e.g. `external:telephone-system` for
       * a static token of backend.auth.externalAccess with subject `external:telephone-system` (the subject is the principal as written). Desk staff
       * are never writers; besides these, only managers upload call files. Default: none.
       */
      writers?: string[];
    };
    /** Alerts from the monitoring system (POST /alerts), each opening or joining a ticket. */
    alerts?: {
      /**
       * The principal subjects allowed to send alerts: the monitoring system's service
       * credential, e.g. `external:monitoring` for a static token of backend.auth.externalAccess
       * with subject `external:monitoring`. Users never send alerts. Default: none.
       */
      senders?: string[];
      /** The category of the tickets alerts open (a path of serviceDesk.categories). Default application/fault. */
      category?: string;
      /**
       * Each severity an alert may carry, and the ticket it opens: impact and urgency (of the
       * priority matrix), and whether it is an emergency. Default: critical (high × high,
       * emergency), major (high × medium), minor (medium × medium), warning (low × low).
       */
      severities?: {
        [name: string]: {
          impact: string;
          urgency: string;
          emergency?: boolean;
        };
      };
    };
    /** Load demo tickets at start-up when the database has none (the demo portal). */
    demoData?: boolean;
    /**
     * Yearly rule sets (SPEC §7.4): targets, points, deductions and options of each year. A year
     * without its own set uses the latest set before it; an amendment is another set of the same
     * year with its own `version` and `effectiveFrom`, and a period is scored by the version in
     * force on its last day. Checked at start-up, which also refuses a change to a version a
     * sealed report used; the exact shape is RuleSet in service-desk-common (src/scoring/types.ts).
     */
    ruleSets?: Array<{
      year: number;
      /**
       * Names this version ('2026.2'; quote it in YAML); unique across all sets. Defaults to the
       * year.
       */
      version?: string;
      /**
       * The first day this version is in force (yyyy-MM-dd in the desk's zone, within `year`);
       * defaults to 1 January. No two sets share a day.
       */
      effectiveFrom?: string;
      /** The cycles of a year are drawn by its first version; an amendment keeps this day. */
      cycleStartDay: number;
      targets: { [measure: string]: number };
      operational: { [item: string]: { [key: string]: number } };
      customerService: { [item: string]: { [key: string]: number | boolean } };
      options: {
        groupedDeduction: 'fullGroups' | 'beyondTarget';
        /**
         * SPEC §5 *Notified*: when true, an emergency's first dispatch to a PM also stops its
         * response clock; by default only the desk's recorded notification (naming whom it
         * told) does (§7.3(2)).
         */
        dispatchCountsAsNotification?: boolean;
      };
    }>;
    /** Emergencies (SPEC §5, §7.3). */
    emergencies?: {
      /**
       * How many days before the ticket was opened an emergency's occurred-at may lie (default
       * 30): further back is a typo or a wrong zone, and would cost the desk its response points.
       */
      maxOccurredDaysBeforeOpen?: number;
    };
    /** Closing periods (issue 14). */
    scorecard?: {
      /**
       * Days after a period is sealed within which the desk lead may still appeal a deduction
       * (default 10).
       */
      appealDays?: number;
      /**
       * Every this many minutes one replica reads this year's and last year's figures, so that
       * the closed months are kept (service_desk_figure_rollups) before a manager opens a
       * report: a year at a million tickets then reads in about a second rather than five.
       * Default 15; 0 leaves it to the first report.
       */
      keepFiguresMinutes?: number;
    };
    /** Permission decisions. */
    permissions?: {
      /**
       * Seconds a caller's conditional ticket decision is kept before the permission policy is
       * asked again (default 10, 0 asks every time): a changed policy takes effect within it; a
       * new sign-in (new groups) is asked at once.
       */
      decisionCacheSeconds?: number;
    };
  };
}
