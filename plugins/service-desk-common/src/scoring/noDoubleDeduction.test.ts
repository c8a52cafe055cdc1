import {
  keepOwn,
  ticketOf,
  ticketOwners,
  TicketClaim,
} from './noDoubleDeduction';
import { entry, ticket } from './testRefs';
import { OPERATIONAL_ITEMS, ScoreItemId } from './types';

const claim = (
  itemId: ScoreItemId,
  n: number,
  weight: number,
): TicketClaim => ({ itemId, ticket: ticket(n), weight });

describe('ticketOwners: the item that deducts most for a ticket keeps it', () => {
  it.each<[string, TicketClaim[], ScoreItemId]>([
    [
      'late to respond (−2) and to close (−0.5) → response',
      [claim('emergencyClose', 1, 0.5), claim('emergencyResponse', 1, 2)],
      'emergencyResponse',
    ],
    [
      'late to respond (−2) and an event-response failure (1 ÷ 2 = −0.5) → response',
      [
        claim('eventResponseFailures', 1, 0.5),
        claim('emergencyResponse', 1, 2),
      ],
      'emergencyResponse',
    ],
    [
      'a tie (close −0.5, event response −0.5) goes to the earlier row',
      [claim('eventResponseFailures', 1, 0.5), claim('emergencyClose', 1, 0.5)],
      'emergencyClose',
    ],
    [
      'two failures of one item add up (0.5 + 0.5 = 1 > 0.5)',
      [
        claim('emergencyClose', 1, 0.5),
        claim('eventResponseFailures', 1, 0.5),
        claim('eventResponseFailures', 1, 0.5),
      ],
      'eventResponseFailures',
    ],
  ])('%s', (_name, claims, owner) => {
    expect(ticketOwners(claims, OPERATIONAL_ITEMS).get('ticket:t1')).toBe(
      owner,
    );
  });

  it('leaves other tickets alone', () => {
    const owners = ticketOwners(
      [claim('emergencyClose', 1, 0.5), claim('emergencyResponse', 2, 2)],
      OPERATIONAL_ITEMS,
    );
    expect(owners.get('ticket:t1')).toBe('emergencyClose');
    expect(owners.get('ticket:t2')).toBe('emergencyResponse');
  });
});

describe('keepOwn', () => {
  it('drops the tickets another item keeps, and says which', () => {
    const owners = ticketOwners(
      [
        claim('emergencyResponse', 1, 2),
        claim('eventResponseFailures', 1, 0.5),
      ],
      OPERATIONAL_ITEMS,
    );
    const facts = [
      { ref: entry('e1'), ticket: ticket(1) },
      { ref: entry('e2'), ticket: ticket(2) },
      { ref: entry('e3') },
    ];
    const { kept, excluded } = keepOwn(
      'eventResponseFailures',
      facts,
      ticketOf,
      owners,
    );
    expect(kept.map(f => f.ref.id)).toEqual(['e2', 'e3']);
    expect(excluded).toEqual([
      { evidence: ticket(1), countedIn: 'emergencyResponse' },
    ]);
  });
});

describe('ticketOf', () => {
  it.each<[string, any, string | undefined]>([
    [
      'the ticket an entry concerns',
      { ref: entry('e1'), ticket: ticket(3) },
      't3',
    ],
    ['a ref that is a ticket', { ref: ticket(4) }, 't4'],
    ['an entry about no ticket', { ref: entry('e1') }, undefined],
  ])('%s', (_name, fact, id) => {
    expect(ticketOf(fact)?.id).toBe(id);
  });
});
