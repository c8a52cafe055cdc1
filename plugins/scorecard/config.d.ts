export interface Config {
  serviceDesk?: {
    /**
     * The yearly rule sets (SPEC §7.4) are read by the backend; the scorecard page needs only the
     * day each year's assessment cycles start, to name the current cycle before asking for it.
     */
    ruleSets?: Array<{
      /** @visibility frontend */
      year: number;
      /** @visibility frontend */
      cycleStartDay?: number;
    }>;
  };
}
