import {
  Actor,
  DeskRole,
  TicketState,
  isWaitingOn,
} from '@internal/plugin-service-desk-common';
import { openStores, storeTicket } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { NewTicket, TicketStore } from './TicketStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PM = 'user:default/pm';
const ENG = 'user:default/eng';
const actor = (userRef: string, ...roles: DeskRole[]): Actor => ({
  userRef,
  roles: new Set(roles),
});

/** One ticket per case of the rule; the title names it. */
const FIXTURES: Array<[string, TicketState, Partial<NewTicket>]> = [
  ['new', 'new', {}],
  ['dispatched', 'with_pm', { assigneeRef: PM, pmInvolved: true }],
  [
    'other PM dispatched',
    'with_pm',
    {
      projectManagerRef: 'user:default/pm2',
      assigneeRef: 'user:default/pm2',
      pmInvolved: true,
    },
  ],
  ['with engineer', 'with_engineer', { assigneeRef: ENG, pmInvolved: true }],
  [
    'with tech support',
    'with_tech_support',
    { assigneeRef: ENG, pmInvolved: true },
  ],
  [
    'other engineer',
    'with_engineer',
    { assigneeRef: 'user:default/eng2', pmInvolved: true },
  ],
  ['resolved via PM', 'resolved', { pmInvolved: true }],
  ['resolved by desk', 'resolved', { pmInvolved: false }],
  ['PM confirmed', 'pm_confirmed', { pmInvolved: true }],
  ['awaiting callback', 'awaiting_callback', { pmInvolved: true }],
  ['closed', 'closed', { pmInvolved: true, assigneeRef: ENG }],
];

const ticket = (
  title: string,
  state: TicketState,
  extra: Partial<NewTicket>,
): NewTicket =>
  storeTicket({
    title,
    description: title,
    state,
    projectManagerRef: PM,
    ...extra,
  });

describe.each(databases.eachSupportedId())('waitingOn=me on %p', databaseId => {
  let store: TicketStore;
  const created: Array<{ title: string } & NewTicket> = [];

  beforeAll(async () => {
    const knex = await databases.init(databaseId);
    ({ tickets: store } = await openStores(knex));
    for (const [title, state, extra] of FIXTURES) {
      const t = ticket(title, state, extra);
      await store.createTicket(
        t,
        {
          action: 'open',
          actorRef: 'user:default/agent',
          at: t.acceptedAt,
          toState: state,
        },
        [],
      );
      created.push(t);
    }
  });

  const titlesFor = async (a: Actor) => {
    const page = await store.listTickets({
      order: 'newest',
      limit: 50,
      waitingOn: 'me',
      waitingFor: a,
    });
    return page.items.map(t => t.title).sort();
  };

  it.each<[string, Actor, string[]]>([
    ['the PM', actor(PM, 'projectManager'), ['dispatched', 'resolved via PM']],
    [
      'the engineer',
      actor(ENG, 'engineer'),
      ['with engineer', 'with tech support'],
    ],
    [
      'an agent',
      actor('user:default/agent', 'agent'),
      ['PM confirmed', 'new', 'resolved by desk'],
    ],
    [
      'the lead',
      actor('user:default/lead', 'lead'),
      ['PM confirmed', 'awaiting callback', 'new', 'resolved by desk'],
    ],
    ['a manager', actor('user:default/boss', 'manager'), []],
  ])(
    '%s: the hand-listed tickets, the same as the TypeScript rule',
    async (_n, a, expected) => {
      const fromSql = await titlesFor(a);
      expect(fromSql).toEqual(expected);
      const fromRule = created
        .filter(t =>
          isWaitingOn(
            {
              state: t.state,
              pmInvolved: t.pmInvolved,
              projectManagerRef: t.projectManagerRef,
              assigneeRef: t.assigneeRef,
            },
            a,
          ),
        )
        .map(t => t.title)
        .sort();
      expect(fromSql).toEqual(fromRule);
    },
  );

  it('lists closed tickets only in their own view', async () => {
    const page = await store.listTickets({
      order: 'newest',
      limit: 50,
      state: ['closed'],
    });
    expect(page.items.map(t => t.title)).toEqual(['closed']);
  });
});
