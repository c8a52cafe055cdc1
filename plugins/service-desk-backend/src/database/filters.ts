import { Knex } from 'knex';
import { PARTICIPANTS, TICKETS } from './tables';
import { TicketFilter } from './TicketStore';

/**
 * Turns a permission condition (allOf / anyOf / not over rule queries) into a WHERE clause, so
 * a list returns only the rows the caller may see without loading the others.
 */
export function applyTicketFilter(
  qb: Knex.QueryBuilder,
  filter: TicketFilter,
): void {
  if ('allOf' in filter) {
    for (const f of filter.allOf) qb.andWhere(sub => applyTicketFilter(sub, f));
  } else if ('anyOf' in filter) {
    qb.andWhere(outer => {
      for (const f of filter.anyOf)
        outer.orWhere(sub => applyTicketFilter(sub, f));
    });
  } else if ('not' in filter) {
    qb.andWhereNot(sub => applyTicketFilter(sub, filter.not));
  } else {
    whereParticipant(qb, filter.participant);
  }
}

/** Tickets the user took part in: reported, was routed to, held or acted on. */
export function whereParticipant(qb: Knex.QueryBuilder, userRef: string): void {
  qb.whereExists(sub =>
    sub
      .select(sub.client.raw('1'))
      .from(PARTICIPANTS)
      .whereRaw(`${PARTICIPANTS}.ticket_id = ${TICKETS}.id`)
      .andWhere(`${PARTICIPANTS}.user_ref`, userRef),
  );
}
