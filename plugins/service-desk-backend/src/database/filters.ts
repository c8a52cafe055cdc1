import {
  Actor,
  WAITING_RULES,
  holdsPartyRole,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { PARTICIPANTS, TICKETS, toMillis } from './tables';
import { whereText } from './textSearch';
import { StoreListQuery, TicketFilter } from './TicketStore';

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

/**
 * Tickets whose next step waits on the actor, from the same table as the TypeScript rule
 * (`WAITING_RULES`): one OR branch per rule the actor can be the party of.
 */
export function whereWaitingOn(qb: Knex.QueryBuilder, actor: Actor): void {
  qb.where(any => {
    // Without a branch the OR group would be empty, which knex renders as no condition at all.
    any.whereRaw('1 = 0');
    for (const rule of WAITING_RULES) {
      if (
        (rule.party === 'desk' || rule.party === 'lead') &&
        !holdsPartyRole(rule.party, actor)
      )
        continue;
      any.orWhere(branch => {
        branch.where('state', rule.state);
        if (rule.pmInvolved !== undefined)
          branch.where('pm_involved', rule.pmInvolved);
        if (rule.party === 'pm') branch.where('pm_ref', actor.userRef);
        if (rule.party === 'assignee')
          branch.where('assignee_ref', actor.userRef);
      });
    }
  });
}

/** The list query's own filters: state, kind, service, people, time range and text. */
export function applyQueryFilters(
  qb: Knex.QueryBuilder,
  q: StoreListQuery,
): void {
  const list = <T>(v: T | T[] | undefined) =>
    v === undefined ? undefined : ([] as T[]).concat(v);
  const states = list(q.state);
  const kinds = list(q.kind);
  if (states) qb.whereIn('state', states);
  if (kinds) qb.whereIn('kind', kinds);
  if (q.entityRef) qb.where('entity_ref', q.entityRef);
  if (q.assigneeRef) qb.where('assignee_ref', q.assigneeRef);
  if (q.priority) qb.where('priority', q.priority);
  if (q.emergency) qb.where('emergency', q.emergency === 'true');
  if (q.from) qb.where('accepted_at', '>=', toMillis(q.from));
  if (q.to) qb.where('accepted_at', '<', toMillis(q.to));
  if (q.involving) whereParticipant(qb, q.involving);
  if (q.waitingFor) whereWaitingOn(qb, q.waitingFor);
  if (q.q) whereText(qb, q.q);
}
