import { AssessmentEntry } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { TICKETS, toMillis } from './tables';

export const ENTRIES = 'service_desk_assessment_entries';

export type NewAssessmentEntry = Omit<
  AssessmentEntry,
  'id' | 'ticketDisplayId' | 'voidedById' | 'recordedAt'
>;

/**
 * Assessment items no ticket carries (SPEC §7): recorded by managers, never edited; a
 * correction is a new entry that voids an earlier one.
 */
export class AssessmentStore {
  constructor(private readonly db: Knex) {}

  async add(entry: NewAssessmentEntry, at: Date): Promise<AssessmentEntry> {
    const [row] = await this.db(ENTRIES)
      .insert({
        kind: entry.kind,
        grade: entry.grade ?? null,
        persons: entry.persons ?? null,
        occurred_at: toMillis(entry.occurredAt),
        description: entry.description,
        evidence_url: entry.evidenceUrl ?? null,
        ticket_id: entry.ticketId ?? null,
        voids_id: entry.voidsId ?? null,
        recorded_by: entry.recordedBy,
        recorded_at: at.getTime(),
      })
      .returning('id');
    const id = String(typeof row === 'object' ? row.id : row);
    return (await this.list({ ids: [id] }))[0];
  }

  /** Entries by occurrence time in [from, to) (or by id), with whether a later one voided them. */
  async list(filter: {
    from?: number;
    to?: number;
    ids?: string[];
    kinds?: string[];
  }): Promise<AssessmentEntry[]> {
    const q = this.db(`${ENTRIES} as e`)
      .leftJoin(`${TICKETS} as t`, 't.id', 'e.ticket_id')
      .leftJoin(`${ENTRIES} as v`, 'v.voids_id', 'e.id')
      .select('e.*', 't.display_id', { voided_by: 'v.id' })
      .orderBy([{ column: 'e.occurred_at' }, { column: 'e.id' }]);
    if (filter.from !== undefined) q.where('e.occurred_at', '>=', filter.from);
    if (filter.to !== undefined) q.where('e.occurred_at', '<', filter.to);
    if (filter.ids) q.whereIn('e.id', filter.ids);
    if (filter.kinds) q.whereIn('e.kind', filter.kinds);
    const rows = await q;
    return rows.map((r: any) => ({
      id: String(r.id),
      kind: r.kind,
      grade: r.grade ?? undefined,
      persons: r.persons === null ? undefined : Number(r.persons),
      occurredAt: new Date(Number(r.occurred_at)).toISOString(),
      description: r.description,
      evidenceUrl: r.evidence_url ?? undefined,
      ticketId: r.ticket_id === null ? undefined : String(r.ticket_id),
      ticketDisplayId: r.display_id ?? undefined,
      voidsId: r.voids_id === null ? undefined : String(r.voids_id),
      voidedById:
        r.voided_by === null || r.voided_by === undefined
          ? undefined
          : String(r.voided_by),
      recordedBy: r.recorded_by,
      recordedAt: new Date(Number(r.recorded_at)).toISOString(),
    }));
  }
}
