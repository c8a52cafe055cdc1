import { AssessmentEntry } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import {
  AssessmentEntryFilter,
  AssessmentStore,
  NewAssessmentEntry,
} from './AssessmentStore';
import { returnedId } from './dialect';
import {
  DbAssessmentEntryRow,
  DbId,
  ENTRIES,
  TICKETS,
  toIso,
  toMillis,
} from './tables';

/** An entry as listed: with its ticket's display id and the entry that voided it, if any. */
type ListedEntryRow = DbAssessmentEntryRow & {
  display_id: string | null;
  voided_by: DbId | null;
};

const optString = (v: DbId | null | undefined) =>
  v === null || v === undefined ? undefined : String(v);

function entryFromRow(r: ListedEntryRow): AssessmentEntry {
  return {
    id: String(r.id),
    kind: r.kind,
    grade: r.grade ?? undefined,
    persons: r.persons === null ? undefined : Number(r.persons),
    occurredAt: toIso(r.occurred_at),
    description: r.description,
    evidenceUrl: r.evidence_url ?? undefined,
    ticketId: optString(r.ticket_id),
    ticketDisplayId: r.display_id ?? undefined,
    voidsId: optString(r.voids_id),
    voidedById: optString(r.voided_by),
    recordedBy: r.recorded_by,
    recordedAt: toIso(r.recorded_at),
  };
}

/** The assessment entries on the plugin's database; built by `ServiceDeskDatabase`. */
export class DatabaseAssessmentStore implements AssessmentStore {
  static create(db: Knex): DatabaseAssessmentStore {
    return new DatabaseAssessmentStore(db);
  }

  private constructor(private readonly db: Knex) {}

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
    return (await this.list({ ids: [returnedId(row)] }))[0];
  }

  async list(filter: AssessmentEntryFilter): Promise<AssessmentEntry[]> {
    const q = this.db(`${ENTRIES} as e`)
      .leftJoin(`${TICKETS} as t`, 't.id', 'e.ticket_id')
      .leftJoin(`${ENTRIES} as v`, 'v.voids_id', 'e.id')
      .select('e.*', 't.display_id', { voided_by: 'v.id' })
      .orderBy([{ column: 'e.occurred_at' }, { column: 'e.id' }]);
    if (filter.from !== undefined) q.where('e.occurred_at', '>=', filter.from);
    if (filter.to !== undefined) q.where('e.occurred_at', '<', filter.to);
    if (filter.ids) q.whereIn('e.id', filter.ids);
    if (filter.kinds) q.whereIn('e.kind', filter.kinds);
    const rows: ListedEntryRow[] = await q;
    return rows.map(entryFromRow);
  }
}
