/**
 * The plugin's tables: their names and their rows as the database returns them, in one place
 * for the stores, the scorecard's figures, the sweep and the tests. The schema itself is in
 * migrations/.
 */
export const TICKETS = 'service_desk_tickets';
export const EVENTS = 'service_desk_ticket_events';
export const PARTICIPANTS = 'service_desk_ticket_participants';
export const COUNTERS = 'service_desk_counters';
export const BATCHES = 'service_desk_batches';
export const CALLS = 'service_desk_calls';
export const ENTRIES = 'service_desk_assessment_entries';
export const SLA_WARNINGS = 'service_desk_sla_warnings';
export const ROSTER_SLOTS = 'service_desk_roster_slots';
export const ROSTER_CHANGES = 'service_desk_roster_changes';
export const SEAL_REQUESTS = 'service_desk_seal_requests';
export const SEAL_DECISIONS = 'service_desk_seal_decisions';
export const SEALS = 'service_desk_seals';
export const UNSEALS = 'service_desk_unseals';
export const APPEALS = 'service_desk_appeals';
export const APPEAL_DECISIONS = 'service_desk_appeal_decisions';
export const OUTBOX = 'service_desk_outbox';
/** The scorecard's figures kept per closed month (database/metrics/rollups.ts). */
export const ROLLUPS = 'service_desk_figure_rollups';
/** Alerts from monitoring, the open ticket of each fingerprint, and the alerts refused. */
export const ALERTS = 'service_desk_alerts';
export const ALERT_FINGERPRINTS = 'service_desk_alert_fingerprints';
export const ALERT_DEAD_LETTERS = 'service_desk_alert_dead_letters';
/** SQLite's FTS5 index of `search_text` (PostgreSQL indexes the column itself). */
export const TICKET_SEARCH = 'service_desk_ticket_search';

/** Times are epoch milliseconds; PostgreSQL returns bigint as a string, SQLite as a number. */
export type DbTime = number | string;

/** A bigint id: a string from PostgreSQL, a number from SQLite. */
export type DbId = number | string;

/** A boolean column: SQLite stores 0 or 1. */
export type DbBoolean = boolean | number;

export const toMillis = (iso: string) => Date.parse(iso);
export const toIso = (t: DbTime) => new Date(Number(t)).toISOString();
export const optIso = (t: DbTime | null) => (t === null ? undefined : toIso(t));

export interface DbTicketRow {
  id: DbId;
  display_id: string;
  external_id: string | null;
  kind: string;
  emergency: DbBoolean;
  priority: string;
  impact: string;
  urgency: string;
  category: string;
  title: string;
  description: string;
  reporter_name: string;
  reporter_phone: string | null;
  reporter_organisation: string | null;
  reporter_ref: string | null;
  channel: string;
  entity_ref: string;
  occurred_at: DbTime | null;
  occurred_at_claimed: DbTime | null;
  accepted_at: DbTime;
  accepted_by: string;
  state: string;
  assignee_ref: string | null;
  pm_ref: string;
  routing_source: string;
  routing_warning: string | null;
  pm_involved: DbBoolean;
  notified_at: DbTime | null;
  handed_over_at: DbTime | null;
  resolved_at: DbTime | null;
  resolution: string | null;
  callback_at: DbTime | null;
  satisfaction: string | null;
  closed_at: DbTime | null;
  version: number;
  created_at: DbTime;
  updated_at: DbTime;
  import_batch_id: DbId | null;
  /** The text index's grams (`ticketSearchText`); null until written or backfilled. */
  search_text: string | null;
}

export interface DbEventRow {
  id: DbId;
  ticket_id: DbId;
  seq: number;
  action: string;
  actor_ref: string;
  at: DbTime;
  from_state: string | null;
  to_state: string;
  comment: string | null;
  data: string | null;
  /** A callback's rating or why a dispatch was rejected, copied out of `data` for SQL. */
  outcome: string | null;
  complaint: DbBoolean;
}

export interface DbParticipantRow {
  ticket_id: DbId;
  user_ref: string;
}

export interface DbCounterRow {
  name: string;
  value: number;
}

export interface DbBatchRow {
  id: DbId;
  kind: 'calls' | 'tickets';
  principal: string;
  door: string;
  created_at: DbTime;
  count: number;
}

export interface DbCallRow {
  id: DbId;
  call_id: string;
  ring_at: DbTime;
  answered_at: DbTime | null;
  ended_at: DbTime | null;
  agent_ref: string | null;
  caller_number: string | null;
  ivr_rating: string | null;
  ticket_id: DbId | null;
  /** Null on the calls recorded before provenance was. */
  written_by: string | null;
  door: string | null;
  batch_id: DbId | null;
}

export interface DbAssessmentEntryRow {
  id: DbId;
  kind: string;
  grade: string | null;
  persons: number | null;
  occurred_at: DbTime;
  description: string;
  evidence_url: string | null;
  ticket_id: DbId | null;
  voids_id: DbId | null;
  recorded_by: string;
  recorded_at: DbTime;
}

export interface DbSlaWarningRow {
  ticket_id: DbId;
  clock: string;
  level: string;
  sent_at: DbTime;
}

export interface DbRosterSlotRow {
  /** Local date (yyyy-MM-dd) in the desk's time zone. */
  date: string;
  kind: string;
  holder: string;
  planned_by: string;
  planned_at: DbTime;
}

export interface DbRosterChangeRow {
  id: DbId;
  date: string;
  kind: string;
  type: string;
  starts_at: DbTime;
  ends_at: DbTime;
  holder: string;
  replacement: string;
  swap_date: string | null;
  swap_kind: string | null;
  reason: string;
  status: string;
  needs_approval: DbBoolean;
  requested_by: string;
  requested_at: DbTime;
  decided_by: string | null;
  decided_at: DbTime | null;
  decision_note: string | null;
}
