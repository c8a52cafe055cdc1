import {
  ENG,
  PM,
  agent,
  eng,
  lead,
  manager,
  otherPm,
  pm,
} from './__testUtils__/actors';
import { Actor, LifecycleTicket, allowedActions } from './lifecycle';
import { TICKET_STATES, TicketState } from './types';
import { isWaitingOn, waitingOn } from './waiting';

const ticket = (
  state: TicketState,
  extra: Partial<LifecycleTicket> = {},
): LifecycleTicket => ({
  state,
  emergency: false,
  projectManagerRef: PM,
  pmInvolved: state !== 'new',
  assigneeRef: ['with_engineer', 'with_tech_support'].includes(state)
    ? ENG
    : undefined,
  ...extra,
});

describe('waitingOn', () => {
  it.each<[string, LifecycleTicket, ReturnType<typeof waitingOn>]>([
    ['new: the desk', ticket('new'), { party: 'desk' }],
    ['dispatched: the PM', ticket('with_pm'), { party: 'pm', userRef: PM }],
    [
      'with an engineer: that engineer',
      ticket('with_engineer'),
      { party: 'assignee', userRef: ENG },
    ],
    [
      'with tech support: that handler',
      ticket('with_tech_support'),
      { party: 'assignee', userRef: ENG },
    ],
    [
      'resolved after a PM handled it: the PM confirms',
      ticket('resolved'),
      { party: 'pm', userRef: PM },
    ],
    [
      'resolved by the desk itself: the desk confirms',
      ticket('resolved', { pmInvolved: false }),
      { party: 'desk' },
    ],
    ['PM confirmed: the desk', ticket('pm_confirmed'), { party: 'desk' }],
    [
      'awaiting callback: the lead',
      ticket('awaiting_callback'),
      { party: 'lead' },
    ],
    ['closed: nobody', ticket('closed'), undefined],
  ])('%s', (_name, t, expected) => {
    expect(waitingOn(t)).toEqual(expected);
  });
});

describe('isWaitingOn', () => {
  it.each<[string, LifecycleTicket, Actor, boolean]>([
    ['the routed PM on a dispatched ticket', ticket('with_pm'), pm, true],
    ['another PM on it', ticket('with_pm'), otherPm, false],
    ['the engineer on a dispatched ticket', ticket('with_pm'), eng, false],
    [
      'the engineer on their assigned ticket',
      ticket('with_engineer'),
      eng,
      true,
    ],
    [
      'the PM on a ticket with the engineer',
      ticket('with_engineer'),
      pm,
      false,
    ],
    [
      'the PM on a resolved ticket awaiting confirmation',
      ticket('resolved'),
      pm,
      true,
    ],
    ['an agent on a new ticket', ticket('new'), agent, true],
    [
      'the lead on a new ticket (lead is desk staff)',
      ticket('new'),
      lead,
      true,
    ],
    ['an agent awaiting callback', ticket('awaiting_callback'), agent, false],
    ['the lead awaiting callback', ticket('awaiting_callback'), lead, true],
    ['the lead on a closed ticket', ticket('closed'), lead, false],
    ['a manager on a new ticket', ticket('new'), manager, false],
    [
      'an engineer on an unassigned ticket',
      ticket('with_engineer', { assigneeRef: undefined }),
      eng,
      false,
    ],
  ])('%s → %s', (_name, t, a, expected) => {
    expect(isWaitingOn(t, a)).toBe(expected);
  });

  // The rule is only right if whoever it names can actually take the ticket's next step.
  it.each(TICKET_STATES.filter(s => s !== 'closed'))(
    'in %s, everyone it waits on has a lifecycle action besides commenting',
    state => {
      for (const pmInvolved of [true, false]) {
        const t = {
          ...ticket(state),
          pmInvolved,
          callbackAt: '2026-12-01T00:00:00.000Z',
        };
        for (const a of [agent, lead, pm, otherPm, eng, manager]) {
          if (!isWaitingOn(t, a)) continue;
          const actions = allowedActions(t, a).filter(
            x => x !== 'comment' && x !== 'notify',
          );
          expect({ state, pmInvolved, who: a.userRef, actions }).toEqual(
            expect.objectContaining({
              actions: expect.arrayContaining([expect.any(String)]),
            }),
          );
        }
      }
    },
  );
});
