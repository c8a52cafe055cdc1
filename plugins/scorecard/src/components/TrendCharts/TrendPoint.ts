export interface TrendPoint {
  /** Short axis label ('11', 'Q4'). */
  tick: string;
  /** Full name for the tooltip ('2026-11'). */
  name: string;
  value?: number;
}
