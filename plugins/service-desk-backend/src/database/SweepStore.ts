import { SlaTargets, Ticket } from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { sweptTicketsWhere } from './slaSql';
import { DbTicketRow, SLA_WARNINGS, TICKETS } from './tables';
import { ticketFromRow } from './ticketRows';

/** A warning handled once (sent, or superseded by a later level): a clock of a ticket reached a level. */
export interface SlaWarningKey {
  ticketId: string;
  clock: string;
  level: string;
}

/** The tickets the SLA sweep looks at: open, with a clock running under the targets. */
export async function ticketsWithRunningClocks(
  db: Knex,
  options: { targets: SlaTargets },
): Promise<Ticket[]> {
  const where = sweptTicketsWhere(options.targets);
  const rows: DbTicketRow[] = await db(TICKETS).whereRaw(
    where.sql,
    where.bindings,
  );
  return rows.map(ticketFromRow);
}

const keyColumns = (key: SlaWarningKey) => ({
  ticket_id: key.ticketId,
  clock: key.clock,
  level: key.level,
});

/** Claims a warning; false when it was claimed before (by this replica or another). */
export async function claimSlaWarning(
  db: Knex,
  options: SlaWarningKey & { sentAt: number },
): Promise<boolean> {
  const claimed = await db(SLA_WARNINGS)
    .insert({ ...keyColumns(options), sent_at: options.sentAt })
    .onConflict(['ticket_id', 'clock', 'level'])
    .ignore()
    .returning('ticket_id');
  return claimed.length > 0;
}

/**
 * Records warnings a later level overtook before they went out, as handled without a message
 * (`superseded_by` names the level sent instead); one sent before keeps its row as it is.
 */
export async function recordSupersededWarnings(
  db: Knex,
  options: { keys: SlaWarningKey[]; supersededBy: string; at: number },
): Promise<void> {
  if (!options.keys.length) return;
  await db(SLA_WARNINGS)
    .insert(
      options.keys.map(key => ({
        ...keyColumns(key),
        sent_at: options.at,
        superseded_by: options.supersededBy,
      })),
    )
    .onConflict(['ticket_id', 'clock', 'level'])
    .ignore();
}

/** Gives a claimed warning back, so that the next sweep tries to send it again. */
export async function releaseSlaWarning(
  db: Knex,
  options: SlaWarningKey,
): Promise<void> {
  await db(SLA_WARNINGS).where(keyColumns(options)).delete();
}
