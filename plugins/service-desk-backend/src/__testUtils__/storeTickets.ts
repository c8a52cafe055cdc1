import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { ServiceDeskDatabase } from '../database/ServiceDeskDatabase';
import { NewTicket } from '../database/TicketStore';

/** The stores on a test database, migrated, with the demo's id prefix and zone. */
export function openStores(knex: Knex): Promise<ServiceDeskDatabase> {
  return ServiceDeskDatabase.create({
    database: mockServices.database({ knex }),
    idPrefix: 'SD',
    timeZone: 'Asia/Shanghai',
  });
}

/**
 * A ticket as a row of the tickets table, for tests that write the table as any writer might
 * (an older version, an import, an operator's SQL): the columns no default fills, with `extra`
 * over them.
 */
export const ticketRow = (
  displayId: string,
  acceptedAt: number,
  extra: Record<string, unknown> = {},
) => ({
  display_id: displayId,
  kind: 'incident',
  priority: 'P3',
  impact: 'medium',
  urgency: 'medium',
  category: 'other',
  title: 't',
  description: 'd',
  reporter_name: 'r',
  channel: 'phone',
  entity_ref: 'component:default/x',
  accepted_at: acceptedAt,
  accepted_by: 'user:default/a',
  state: 'new',
  pm_ref: 'user:default/pm',
  routing_source: 'fallback_lead',
  version: 1,
  created_at: acceptedAt,
  updated_at: acceptedAt,
  ...extra,
});

/** A new P3 incident on the printer as the store takes it, with `extra` over it. */
export const storeTicket = (extra: Partial<NewTicket> = {}): NewTicket => ({
  kind: 'incident',
  emergency: false,
  priority: 'P3',
  impact: 'medium',
  urgency: 'medium',
  category: 'application/fault',
  title: 'Printer on fire',
  description: 'It is on fire',
  reporter: { name: 'Zhou' },
  channel: 'phone',
  entityRef: 'component:default/printer',
  acceptedAt: '2026-12-01T01:00:00.000Z',
  acceptedBy: 'user:default/agent',
  state: 'new',
  projectManagerRef: 'user:default/pm',
  routingSource: 'owner_group',
  pmInvolved: false,
  ...extra,
});
