export interface Config {
  /** The service desk (see SPEC.md). */
  serviceDesk?: {
    /**
     * IANA time zone in which the desk's times are shown and bucketed.
     * @visibility frontend
     */
    timeZone?: string;
    /**
     * Prefix of human-readable ticket ids (SD-202611-00042).
     * @visibility frontend
     */
    ticketIdPrefix?: string;
    /**
     * Which catalog groups (or users) hold each role. Members of a listed group hold the role.
     * @visibility frontend
     */
    roles: {
      agent?: string[];
      dutyOfficer?: string[];
      lead?: string[];
      projectManager?: string[];
      engineer?: string[];
      techSupport?: string[];
      manager?: string[];
    };
    /** How a ticket finds its project manager (SPEC §4). */
    routing: {
      /**
       * Annotation naming the PM user on an entity, its system or its domain.
       * @visibility frontend
       */
      annotation?: string;
      /** The PM of each owner group, for entities that name none. */
      ownerProjectManagers?: Array<{ group: string; projectManager: string }>;
      /** Who receives a ticket that nothing else routes: the desk lead. */
      fallbackProjectManager: string;
    };
    /**
     * Priority from impact × urgency.
     * @visibility frontend
     */
    priority: {
      /** @visibility frontend */
      impacts: string[];
      /** @visibility frontend */
      urgencies: string[];
      /**
       * matrix.<impact>.<urgency> = P1…P4
       * @visibility frontend
       */
      matrix: { [impact: string]: { [urgency: string]: string } };
    };
    /**
     * The category tree.
     * @deepVisibility frontend
     */
    categories: Array<{
      id: string;
      title: string;
      children?: Array<{ id: string; title: string; children?: Array<{ id: string; title: string }> }>;
    }>;
    /** Load demo tickets at start-up when the database has none (the demo portal). */
    demoData?: boolean;
  };
}
