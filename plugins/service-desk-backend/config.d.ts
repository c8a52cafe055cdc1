export interface Config {
  /** The backend's part of the service desk config (shared keys: service-desk-common). */
  serviceDesk?: {
    /** How a ticket finds its project manager (SPEC §4). */
    routing: {
      /** Annotation naming the PM user on an entity, its system or its domain. */
      annotation?: string;
      /** The PM of each owner group, for entities that name none. */
      ownerProjectManagers?: Array<{ group: string; projectManager: string }>;
      /** Who receives a ticket that nothing else routes: the desk lead. */
      fallbackProjectManager: string;
    };
    /** The duty roster (SPEC §8.6). */
    roster?: {
      /** A cover or swap at least this many hours long needs the IT manager's approval (default 4). */
      halfDayHours?: number;
    };
    /** Load demo tickets at start-up when the database has none (the demo portal). */
    demoData?: boolean;
    /**
     * Yearly rule sets (SPEC §7.4): targets, points, deductions and options of each year. A year
     * without its own set uses the latest set before it. Checked at start-up; the exact shape is
     * RuleSet in service-desk-common (src/scoring/types.ts).
     */
    ruleSets?: Array<{
      year: number;
      cycleStartDay: number;
      targets: { [measure: string]: number };
      operational: { [item: string]: { [key: string]: number } };
      customerService: { [item: string]: { [key: string]: number | boolean } };
      options: { groupedDeduction: 'fullGroups' | 'beyondTarget' };
    }>;
  };
}
