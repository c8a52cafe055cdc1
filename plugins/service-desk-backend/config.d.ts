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
    /** Load demo tickets at start-up when the database has none (the demo portal). */
    demoData?: boolean;
  };
}
