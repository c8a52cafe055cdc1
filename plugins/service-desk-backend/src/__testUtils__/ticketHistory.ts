import { Knex } from 'knex';
import { DbEventRow, DbTicketRow, EVENTS, TICKETS } from '../database/tables';

/**
 * What is wrong with the stored histories, read straight from the tables: a ticket whose events
 * are not numbered 1..n, a chain where an event does not start in the state the one before it
 * left, a history that does not begin with `open`, or a ticket row out of step with its events
 * (version ≠ number of events, state ≠ the last event's). Empty when every history is one chain.
 */
export async function historyFaults(knex: Knex): Promise<string[]> {
  const tickets: DbTicketRow[] = await knex(TICKETS).orderBy('id');
  const events: DbEventRow[] = await knex(EVENTS).orderBy([
    { column: 'ticket_id' },
    { column: 'seq' },
  ]);
  const byTicket = new Map<string, DbEventRow[]>();
  for (const e of events) {
    const key = String(e.ticket_id);
    byTicket.set(key, [...(byTicket.get(key) ?? []), e]);
  }
  return tickets.flatMap(t => {
    const chain = byTicket.get(String(t.id)) ?? [];
    const name = t.display_id;
    const faults: string[] = [];
    const seqs = chain.map(e => Number(e.seq));
    if (seqs.some((s, i) => s !== i + 1))
      faults.push(`${name}: seq ${seqs.join(',')} is not 1..${chain.length}`);
    if (chain[0]?.action !== 'open')
      faults.push(`${name}: history does not begin with open`);
    chain.slice(1).forEach((e, i) => {
      if (e.from_state !== chain[i].to_state) {
        faults.push(
          `${name}: event ${e.seq} starts in ${e.from_state}, event ${chain[i].seq} left it ${chain[i].to_state}`,
        );
      }
    });
    if (Number(t.version) !== chain.length)
      faults.push(`${name}: version ${t.version} but ${chain.length} events`);
    if (t.state !== chain[chain.length - 1]?.to_state)
      faults.push(
        `${name}: state ${t.state} but the last event left it ${
          chain[chain.length - 1]?.to_state
        }`,
      );
    return faults;
  });
}

/**
 * Every event after `open` as `<comment> <ticket id>#<seq>`, sorted: the tests put a unique token
 * in the comment of each action they send, so this is what was applied, where, and how often.
 */
export async function appliedActions(knex: Knex): Promise<string[]> {
  const rows: DbEventRow[] = await knex(EVENTS).whereNot({ action: 'open' });
  return rows.map(e => `${e.comment} ${e.ticket_id}#${e.seq}`).sort();
}
