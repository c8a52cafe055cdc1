import { EntryFact, EvidenceRef, ScoreItem, ScoreItemId } from './types';

/**
 * 同一事件，不同指标项不重复扣分，计扣分值最高项 (SPEC §7): when one ticket triggers deductions
 * under several items, only the item that deducts the most for that ticket counts it, and the
 * ticket is left out of the others.
 *
 * The weight of a claim is the item's nominal deduction for that one ticket, taken from the rule
 * set, not from what the item ends up deducting after its cap: perOccurrence for per-occurrence
 * items, perGroup ÷ groupSize for grouped per-cycle items (one failure is that share of a group),
 * the grade's points for graded entries. A ticket claimed twice by the same item weighs the sum.
 * Ties go to the item listed first in `itemOrder` (the regulation's row order). Items measured as
 * rates (answer and resolution rate) make no claims: their deduction is per percentage point,
 * not per ticket, and removing a ticket from a rate would change what the rate measures.
 */
export interface TicketClaim {
  itemId: ScoreItemId;
  ticket: EvidenceRef;
  weight: number;
}

export function ticketKey(ticket: EvidenceRef): string {
  return `${ticket.type}:${ticket.id}`;
}

/** The ticket a fact concerns: its `ticket`, or its `ref` when that is a ticket. */
export function ticketOf(fact: EntryFact): EvidenceRef | undefined {
  return fact.ticket ?? (fact.ref.type === 'ticket' ? fact.ref : undefined);
}

/** For every claimed ticket, the item that keeps it. */
export function ticketOwners(
  claims: TicketClaim[],
  itemOrder: readonly ScoreItemId[],
): Map<string, ScoreItemId> {
  const weights = new Map<string, Map<ScoreItemId, number>>();
  for (const { itemId, ticket, weight } of claims) {
    const byItem =
      weights.get(ticketKey(ticket)) ?? new Map<ScoreItemId, number>();
    byItem.set(itemId, (byItem.get(itemId) ?? 0) + weight);
    weights.set(ticketKey(ticket), byItem);
  }
  const rank = (id: ScoreItemId) => {
    const at = itemOrder.indexOf(id);
    return at < 0 ? itemOrder.length : at;
  };
  const owners = new Map<string, ScoreItemId>();
  for (const [key, byItem] of weights) {
    const [best] = [...byItem].sort(
      ([a, wa], [b, wb]) => wb - wa || rank(a) - rank(b),
    );
    owners.set(key, best[0]);
  }
  return owners;
}

/**
 * Splits an item's facts into those it counts and those another item keeps. A fact without a
 * ticket, or with a ticket nobody else claimed, stays.
 */
export function keepOwn<T>(
  itemId: ScoreItemId,
  facts: T[],
  ticketOfFact: (fact: T) => EvidenceRef | undefined,
  owners: Map<string, ScoreItemId>,
): { kept: T[]; excluded: ScoreItem['excluded'] } {
  const kept: T[] = [];
  const excluded: ScoreItem['excluded'] = [];
  for (const fact of facts) {
    const ticket = ticketOfFact(fact);
    const owner = ticket && owners.get(ticketKey(ticket));
    if (ticket && owner && owner !== itemId)
      excluded.push({ evidence: ticket, countedIn: owner });
    else kept.push(fact);
  }
  return { kept, excluded };
}
