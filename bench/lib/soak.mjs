// The soak: the desk's requests mixed — the no-op, every list, tickets, opening and dispatching —
// at 16 clients for minutes on end, so that memory which a one-minute phase would not notice
// (a cache without a bound, listeners or timers piling up) shows as RSS growth from start to end.
import { load } from './load.mjs';

/**
 * `reads` give the paths (under `api`) of the GETs of one round; a round then opens a ticket
 * and dispatches one opened before, so writes keep pace with reads for the whole soak.
 */
export async function soak({ http, seconds, api, reads, newTicket }) {
  const opened = [];
  const round = reads.length + 2;
  let turn = 0;
  const next = context => {
    const step = turn++ % round;
    context.opening = false;
    if (step < reads.length)
      return { method: 'GET', path: api + reads[step]() };
    const ticket = step === reads.length + 1 && opened.shift();
    if (ticket) {
      return {
        method: 'POST',
        path: `${api}/tickets/${ticket.id}/actions`,
        body: JSON.stringify({ action: 'dispatch', version: ticket.version }),
      };
    }
    context.opening = true;
    return {
      method: 'POST',
      path: `${api}/tickets`,
      body: JSON.stringify(newTicket()),
    };
  };
  const result = await load(
    http({
      connections: 16,
      seconds,
      next,
      // Only the tickets opened are read: parsing every page would load the load generator.
      onBody: (body, context) =>
        context.opening && opened.push(JSON.parse(body)),
    }),
  );
  return { seconds, ...result };
}
