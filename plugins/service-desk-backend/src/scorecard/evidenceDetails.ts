import {
  EvidenceRef,
  EvidenceTicketDetails,
  ScorecardReport,
  Scorecard,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { DbId, DbTime, TICKETS, optIso, toIso } from '../database/tables';

/** Well under SQLite's 999 bound parameters, for a year's evidence at a busy desk. */
const CHUNK = 500;

interface DetailsRow {
  id: DbId;
  title: string;
  accepted_at: DbTime;
  closed_at: DbTime | null;
  accepted_by: string;
  pm_ref: string | null;
  assignee_ref: string | null;
}

/** Every evidence reference of a report, wherever it is listed. */
function evidenceOf(report: ScorecardReport): EvidenceRef[] {
  const ofCard = (card: Scorecard) => [
    ...card.items.flatMap(i => [
      ...i.deductions.flatMap(d => d.evidence),
      ...i.excluded.map(x => x.evidence),
    ]),
    ...(card.opsSecurity?.deductions ?? []).flatMap(d => d.evidence),
    ...(card.bonus?.additions ?? []).flatMap(d => d.evidence),
  ];
  return [
    ...report.serviceLevels.flatMap(r => r.evidence),
    ...report.kpi.flatMap(r => r.evidence),
    ...ofCard(report.operational),
    ...ofCard(report.customerService),
  ];
}

/**
 * Adds the title, times and people of each ticket behind the report's figures that has none yet
 * (a sealed report keeps those it was sealed with), read in one query per 500 tickets rather
 * than one per reference.
 */
export async function withTicketDetails(
  db: Knex,
  report: ScorecardReport,
): Promise<ScorecardReport> {
  const refs = evidenceOf(report).filter(
    r => r.type === 'ticket' && !r.details,
  );
  const ids = [...new Set(refs.map(r => r.id))];
  const details = new Map<string, EvidenceTicketDetails>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows: DetailsRow[] = await db(TICKETS)
      .select(
        'id',
        'title',
        'accepted_at',
        'closed_at',
        'accepted_by',
        'pm_ref',
        'assignee_ref',
      )
      .whereIn('id', ids.slice(i, i + CHUNK));
    for (const row of rows) {
      details.set(String(row.id), {
        title: row.title,
        acceptedAt: toIso(row.accepted_at),
        closedAt: optIso(row.closed_at),
        acceptedBy: row.accepted_by,
        pmRef: row.pm_ref ?? undefined,
        assigneeRef: row.assignee_ref ?? undefined,
      });
    }
  }
  // The report was built for this answer alone: its references are filled in place.
  for (const ref of refs) ref.details = details.get(ref.id);
  return report;
}
