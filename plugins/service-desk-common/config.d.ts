export interface Config {
  /** The service desk (see SPEC.md); the parts both the portal and its backend read. */
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
     * @deepVisibility frontend
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
    /**
     * Priority from impact × urgency: matrix.<impact>.<urgency> = P1…P4. Each level is its id
     * (shown as it is) or `{ id, label }`, the label one string or one per language:
     * `{ id: high, label: { en: High, zh: 高 } }`.
     * @deepVisibility frontend
     */
    priority: {
      impacts: Array<
        string | { id: string; label: string | { en?: string; zh?: string } }
      >;
      urgencies: Array<
        string | { id: string; label: string | { en?: string; zh?: string } }
      >;
      matrix: { [impact: string]: { [urgency: string]: string } };
    };
    /**
     * Desk hours (§8.6): desk specialists on working days in these hours, duty officers the rest.
     * Statutory holidays and adjusted working days come from the chinese-days calendar.
     * @deepVisibility frontend
     */
    deskHours?: {
      /** Month-day bounds of summer, inclusive, e.g. '05-01' and '09-30'. */
      summer: { from: string; to: string; start: string; end: string };
      winter: { start: string; end: string };
      /** Dates (yyyy-MM-dd) the calendar gets wrong: extra days off. */
      daysOff?: string[];
      /** Extra working days. */
      workdays?: string[];
    };
    /**
     * The category tree. A title is one string for every language or one per language:
     * `{ en: Network, zh: 网络 }`.
     * @deepVisibility frontend
     */
    categories: Array<{
      id: string;
      title: string | { en?: string; zh?: string };
      children?: Array<{
        id: string;
        title: string | { en?: string; zh?: string };
        children?: Array<{
          id: string;
          title: string | { en?: string; zh?: string };
        }>;
      }>;
    }>;
  };
}
