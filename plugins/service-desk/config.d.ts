export interface Config {
  serviceDesk?: {
    /**
     * Standard phrases of the regulation (§8.2–8.5), offered on the ticket screen by situation.
     * `{name}` is replaced by the reporter's name.
     * @deepVisibility frontend
     */
    phrases?: Array<{
      situation:
        | 'greeting'
        | 'consultation'
        | 'transfer'
        | 'hold'
        | 'complaint'
        | 'suggestion'
        | 'callback'
        | 'closing';
      text: string;
    }>;
    /**
     * The service taboos (服务禁忌), shown as a reminder beside the phrases.
     * @visibility frontend
     */
    taboos?: string[];
    /**
     * The desk hotline and hours (§4), shown on the desk page.
     * @deepVisibility frontend
     */
    hotline?: { phone: string; hours: string };
    /**
     * Service-level targets in minutes (SPEC §5); the regulation's values when absent.
     * @deepVisibility frontend
     */
    sla?: {
      emergencyResponseMinutes?: number;
      emergencyCloseMinutes?: number;
      timelyHandlingMinutes?: number;
      /** Warn the holder and the desk lead at these fractions of the allowed time (and at the breach). */
      warnAt?: number[];
      /** How often the backend looks for clocks that crossed a warning level. */
      sweepSeconds?: number;
    };
  };
}
