import {
  Actor,
  LifecycleTicket,
  TicketAction,
  allowedActions,
  decide,
  lastHandler,
} from './lifecycle';
import { TicketState } from './types';
import {
  ENG,
  PM,
  actor,
  agent,
  duty,
  eng,
  lead,
  manager,
  otherEng,
  otherPm,
  pm,
} from './__testUtils__/actors';

/** Who holds a ticket in each state the fixtures put one in. */
const HOLDERS: Partial<Record<TicketState, string>> = {
  with_pm: PM,
  with_engineer: ENG,
  with_tech_support: ENG,
};

const ticket = (
  state: TicketState,
  extra: Partial<LifecycleTicket> = {},
): LifecycleTicket => ({
  state,
  emergency: false,
  projectManagerRef: PM,
  pmInvolved: state !== 'new',
  assigneeRef: HOLDERS[state],
  ...extra,
});

describe('decide: each transition of SPEC §3', () => {
  it.each<[string, LifecycleTicket, TicketAction, Actor, object, object]>([
    [
      'agent dispatches to the routed PM',
      ticket('new'),
      'dispatch',
      agent,
      {},
      { toState: 'with_pm', assigneeRef: PM, pmInvolved: true },
    ],
    [
      'duty officer dispatches to another PM',
      ticket('new'),
      'dispatch',
      duty,
      { projectManagerRef: 'user:default/x' },
      {
        toState: 'with_pm',
        assigneeRef: 'user:default/x',
        projectManagerRef: 'user:default/x',
      },
    ],
    [
      'agent resolves online (§6.2)',
      ticket('new'),
      'resolve',
      agent,
      { resolution: 'rebooted' },
      { toState: 'resolved', resolution: 'rebooted', assigneeRef: null },
    ],
    [
      'PM assigns an engineer',
      ticket('with_pm'),
      'assign',
      pm,
      { assigneeRef: ENG },
      { toState: 'with_engineer', assigneeRef: ENG },
    ],
    [
      'PM hands to tech support (§6.5)',
      ticket('with_pm'),
      'assign_tech_support',
      pm,
      { assigneeRef: 'user:default/ts' },
      { toState: 'with_tech_support', assigneeRef: 'user:default/ts' },
    ],
    [
      'PM rejects an unclear dispatch',
      ticket('with_pm'),
      'reject_dispatch',
      pm,
      { reason: 'unclear', comment: 'which station?' },
      { toState: 'new', assigneeRef: null },
    ],
    [
      'engineer returns to the PM (§6.5)',
      ticket('with_engineer'),
      'return',
      eng,
      { comment: 'needs vendor' },
      { toState: 'with_pm', assigneeRef: PM },
    ],
    [
      'engineer resolves',
      ticket('with_engineer'),
      'resolve',
      eng,
      { resolution: 'fixed' },
      { toState: 'resolved' },
    ],
    [
      'tech support resolves',
      ticket('with_tech_support'),
      'resolve',
      eng,
      { resolution: 'patched' },
      { toState: 'resolved' },
    ],
    [
      'PM confirms completion',
      ticket('resolved', { pmInvolved: true }),
      'confirm_completion',
      pm,
      {},
      { toState: 'pm_confirmed' },
    ],
    [
      'desk confirms after the PM',
      ticket('pm_confirmed'),
      'confirm',
      agent,
      {},
      { toState: 'awaiting_callback' },
    ],
    [
      'desk confirms an online resolution',
      ticket('resolved', { pmInvolved: false }),
      'confirm',
      agent,
      {},
      { toState: 'awaiting_callback' },
    ],
    [
      'lead records a satisfied callback',
      ticket('awaiting_callback'),
      'callback',
      lead,
      { rating: 'satisfied', userConfirmed: true },
      {
        toState: 'awaiting_callback',
        callback: { rating: 'satisfied', reopened: false },
      },
    ],
    [
      'lead closes after the callback',
      ticket('awaiting_callback', { callbackAt: '2026-11-01T00:00:00Z' }),
      'close',
      lead,
      {},
      { toState: 'closed' },
    ],
    [
      'desk notifies on an emergency, naming whom',
      ticket('with_pm', { emergency: true }),
      'notify',
      agent,
      { notifiedWhom: 'PM Zhang' },
      { toState: 'with_pm', notified: { whom: 'PM Zhang' } },
    ],
    [
      'desk notifies after the resolution',
      ticket('awaiting_callback', { emergency: true }),
      'notify',
      duty,
      { notifiedWhom: 'leaders' },
      { toState: 'awaiting_callback', notified: { whom: 'leaders' } },
    ],
    [
      "desk confirms a reporter's occurred-at",
      ticket('with_pm', { emergency: true }),
      'set_occurred_at',
      agent,
      { occurredAt: '2026-11-02T06:00:00Z', comment: 'caller confirmed' },
      { toState: 'with_pm', occurredAt: '2026-11-02T06:00:00Z' },
    ],
    [
      "lead corrects a closed emergency's occurred-at",
      ticket('closed', { emergency: true }),
      'set_occurred_at',
      lead,
      { occurredAt: '2026-11-02T06:00:00Z', comment: 'monitoring log' },
      { toState: 'closed' },
    ],
    [
      'anyone comments',
      ticket('with_engineer'),
      'comment',
      manager,
      { comment: 'status?' },
      { toState: 'with_engineer' },
    ],
  ])('%s', (_name, t, action, who, input, expected) => {
    expect(decide(t, action, who, input)).toMatchObject(expected);
  });

  it('does not take a dispatch or a resolve for the notification (§7.3(2))', () => {
    expect(
      decide(ticket('new', { emergency: true }), 'dispatch', agent, {})
        .notified,
    ).toBeUndefined();
    expect(
      decide(ticket('with_engineer', { emergency: true }), 'resolve', eng, {
        resolution: 'fixed',
      }).notified,
    ).toBeUndefined();
  });

  it('records the notification with a dispatch or resolve that names whom the desk told', () => {
    expect(
      decide(ticket('new', { emergency: true }), 'dispatch', agent, {
        notifiedWhom: 'PM, dispatchers',
      }).notified,
    ).toEqual({ whom: 'PM, dispatchers' });
    expect(
      decide(ticket('new', { emergency: true }), 'resolve', agent, {
        resolution: 'x',
        notifiedWhom: 'PM',
      }).notified,
    ).toEqual({ whom: 'PM' });
    expect(() =>
      decide(ticket('new'), 'dispatch', agent, { notifiedWhom: 'PM' }),
    ).toThrow(/only recorded for emergencies/);
  });

  it.each<[string, object]>([
    [
      'the user rejects the resolution',
      { rating: 'satisfied', userConfirmed: false },
    ],
    [
      'the rating is unsatisfied',
      { rating: 'unsatisfied', userConfirmed: true },
    ],
    [
      'the user complains',
      { rating: 'basically_satisfied', userConfirmed: true, complaint: true },
    ],
  ])('reopens to the last handler when %s', (_name, input) => {
    const transition = decide(
      ticket('awaiting_callback'),
      'callback',
      lead,
      input,
      {
        state: 'with_engineer',
        assigneeRef: ENG,
      },
    );
    expect(transition).toMatchObject({
      toState: 'with_engineer',
      assigneeRef: ENG,
      callback: { reopened: true },
    });
  });
});

describe('decide: refusals', () => {
  it.each<
    [
      string,
      LifecycleTicket,
      TicketAction,
      Actor,
      object,
      'conflict' | 'forbidden' | 'invalid',
      RegExp,
    ]
  >([
    [
      'closing a new ticket',
      ticket('new'),
      'close',
      lead,
      {},
      'conflict',
      /cannot close a ticket that is new/,
    ],
    [
      'dispatching twice',
      ticket('with_pm'),
      'dispatch',
      agent,
      {},
      'conflict',
      /cannot dispatch/,
    ],
    [
      'resolving a closed ticket',
      ticket('closed'),
      'resolve',
      agent,
      { resolution: 'x' },
      'conflict',
      /closed/,
    ],
    [
      'closing before the callback',
      ticket('awaiting_callback'),
      'close',
      lead,
      {},
      'conflict',
      /only after its callback/,
    ],
    [
      'desk confirming before the PM',
      ticket('resolved', { pmInvolved: true }),
      'confirm',
      agent,
      {},
      'conflict',
      /PM must confirm/,
    ],
    [
      'PM confirming an online resolution',
      ticket('resolved', { pmInvolved: false }),
      'confirm_completion',
      pm,
      {},
      'conflict',
      /no PM handled/,
    ],
    [
      'notifying a non-emergency',
      ticket('with_pm'),
      'notify',
      agent,
      {},
      'conflict',
      /only emergencies/,
    ],
    [
      'notifying without saying whom',
      ticket('with_pm', { emergency: true }),
      'notify',
      agent,
      {},
      'invalid',
      /needs 'notifiedWhom'/,
    ],
    [
      'notifying a closed emergency',
      ticket('closed', { emergency: true }),
      'notify',
      lead,
      { notifiedWhom: 'x' },
      'conflict',
      /cannot notify/,
    ],
    [
      'a PM setting occurred-at',
      ticket('with_pm', { emergency: true }),
      'set_occurred_at',
      pm,
      { occurredAt: '2026-11-02T06:00:00Z', comment: 'x' },
      'forbidden',
      /only the desk/,
    ],
    [
      'a manager setting occurred-at',
      ticket('with_pm', { emergency: true }),
      'set_occurred_at',
      manager,
      { occurredAt: '2026-11-02T06:00:00Z', comment: 'x' },
      'forbidden',
      /only the desk/,
    ],
    [
      'setting occurred-at without a reason',
      ticket('with_pm', { emergency: true }),
      'set_occurred_at',
      agent,
      { occurredAt: '2026-11-02T06:00:00Z' },
      'invalid',
      /needs 'comment'/,
    ],
    [
      'setting occurred-at on a non-emergency',
      ticket('with_pm'),
      'set_occurred_at',
      agent,
      { occurredAt: '2026-11-02T06:00:00Z', comment: 'x' },
      'conflict',
      /only an emergency/,
    ],
    [
      'an engineer dispatching',
      ticket('new'),
      'dispatch',
      eng,
      {},
      'forbidden',
      /only the desk/,
    ],
    [
      'another PM assigning',
      ticket('with_pm'),
      'assign',
      otherPm,
      { assigneeRef: ENG },
      'forbidden',
      /PM/,
    ],
    [
      'an engineer not assigned resolving',
      ticket('with_engineer'),
      'resolve',
      otherEng,
      { resolution: 'x' },
      'forbidden',
      /assigned handler/,
    ],
    [
      'an agent running the callback',
      ticket('awaiting_callback'),
      'callback',
      agent,
      { rating: 'satisfied', userConfirmed: true },
      'forbidden',
      /desk lead/,
    ],
    [
      'a manager closing',
      ticket('awaiting_callback', { callbackAt: 'x' }),
      'close',
      manager,
      {},
      'forbidden',
      /desk lead/,
    ],
    [
      'resolving without a resolution',
      ticket('new'),
      'resolve',
      agent,
      {},
      'invalid',
      /resolution/,
    ],
    [
      'assigning nobody',
      ticket('with_pm'),
      'assign',
      pm,
      {},
      'invalid',
      /assigneeRef/,
    ],
    [
      'rejecting without a reason',
      ticket('with_pm'),
      'reject_dispatch',
      pm,
      { comment: 'x' },
      'invalid',
      /reason/,
    ],
    [
      'returning without a comment',
      ticket('with_engineer'),
      'return',
      eng,
      {},
      'invalid',
      /comment/,
    ],
    [
      'a callback without a rating',
      ticket('awaiting_callback'),
      'callback',
      lead,
      { userConfirmed: true },
      'invalid',
      /rating/,
    ],
    [
      'commenting on a closed ticket',
      ticket('closed'),
      'comment',
      lead,
      { comment: 'x' },
      'conflict',
      /closed/,
    ],
  ])('refuses %s', (_name, t, action, who, input, kind, message) => {
    let error: any;
    try {
      decide(t, action, who, input);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind });
    expect(error.message).toMatch(message);
  });

  it('names the actions the actor may take in a conflict', () => {
    let error: any;
    try {
      decide(ticket('with_pm'), 'close', pm, {});
    } catch (e) {
      error = e;
    }
    expect(error.allowedActions).toEqual([
      'assign',
      'assign_tech_support',
      'reject_dispatch',
    ]);
  });

  it('lets imported history through without role checks, but not illegal states', () => {
    const nobody = actor('user:default/old-platform-user');
    expect(
      decide(ticket('new'), 'dispatch', nobody, {}, undefined, {
        checkActor: false,
      }),
    ).toMatchObject({ toState: 'with_pm' });
    expect(() =>
      decide(ticket('new'), 'close', nobody, {}, undefined, {
        checkActor: false,
      }),
    ).toThrow(/cannot close/);
  });
});

describe('allowedActions', () => {
  it.each<[string, LifecycleTicket, Actor, TicketAction[]]>([
    [
      'agent on a new ticket',
      ticket('new'),
      agent,
      ['dispatch', 'resolve', 'comment'],
    ],
    [
      'agent on a new emergency',
      ticket('new', { emergency: true }),
      agent,
      ['dispatch', 'resolve', 'notify', 'set_occurred_at', 'comment'],
    ],
    [
      'lead on a closed emergency',
      ticket('closed', { emergency: true }),
      lead,
      ['set_occurred_at'],
    ],
    [
      'reporter on their emergency',
      ticket('new', { emergency: true }),
      actor('user:default/reporter'),
      ['comment'],
    ],
    [
      'PM on their ticket',
      ticket('with_pm'),
      pm,
      ['assign', 'assign_tech_support', 'reject_dispatch', 'comment'],
    ],
    ['another PM', ticket('with_pm'), otherPm, ['comment']],
    [
      'assigned engineer',
      ticket('with_engineer'),
      eng,
      ['resolve', 'return', 'comment'],
    ],
    [
      'lead before the callback',
      ticket('awaiting_callback'),
      lead,
      ['callback', 'comment'],
    ],
    [
      'lead after the callback',
      ticket('awaiting_callback', { callbackAt: 'x' }),
      lead,
      ['callback', 'close', 'comment'],
    ],
    ['anyone on a closed ticket', ticket('closed'), lead, []],
  ])('%s', (_name, t, who, expected) => {
    expect(allowedActions(t, who)).toEqual(expected);
  });
});

describe('lastHandler', () => {
  it('finds the last state that held the ticket and who held it', () => {
    expect(
      lastHandler([
        { toState: 'new' },
        { toState: 'with_pm', data: { assigneeRef: PM } },
        { toState: 'with_engineer', data: { assigneeRef: ENG } },
        { toState: 'resolved' },
        { toState: 'pm_confirmed' },
        { toState: 'awaiting_callback' },
      ]),
    ).toEqual({ state: 'with_engineer', assigneeRef: ENG });
  });

  it('sends an online resolution back to the desk', () => {
    expect(lastHandler([{ toState: 'new' }, { toState: 'resolved' }])).toEqual({
      state: 'new',
    });
  });
});
