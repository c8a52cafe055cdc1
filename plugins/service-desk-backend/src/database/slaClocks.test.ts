import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  REGULATION_SLA_TARGETS,
  SLA_CLOCKS,
  SlaClockKind,
  SlaTargets,
  slaClocks,
} from '@internal/plugin-service-desk-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { returnedId } from './dialect';
import {
  NO_DEADLINE,
  clockMetCase,
  deadlineSortKey,
  sweptTicketsWhere,
} from './slaSql';
import { TICKETS, toMillis } from './tables';
import { NewTicket } from './TicketStore';
import { newTicketColumns } from './ticketRows';

jest.setTimeout(60_000);

const at = (hhmm: string) => `2026-11-28T${hhmm}:00.000Z`;
const NOW = new Date(at('12:00'));

interface Fixture {
  emergency?: boolean;
  occurredAt?: string;
  acceptedAt: string;
  notifiedAt?: string;
  handedOverAt?: string;
  closedAt?: string;
}

/** Hand-computed from SPEC §5 and §7.4 item 2 under the regulation's targets (15 / 60 / 60 min). */
interface Expected {
  /** Clocks that stopped within their limit; the ticket's other clocks run or were late. */
  met: SlaClockKind[];
  /** The nearest deadline of the running clocks (the list's deadline order). */
  deadline?: string;
  /** Whether the SLA sweep looks at it: open, with a clock running. */
  swept: boolean;
}

const DISPATCH_COUNTS = { dispatchCountsAsNotification: true };

const CASES: Array<[string, Fixture, Partial<SlaTargets>, Expected]> = [
  [
    'closed 59 min after acceptance: timely',
    { acceptedAt: at('09:00'), closedAt: at('09:59') },
    {},
    { met: ['timelyHandling'], swept: false },
  ],
  [
    'closed exactly 60 min after acceptance: late (under 1 h)',
    { acceptedAt: at('09:00'), closedAt: at('10:00') },
    {},
    { met: [], swept: false },
  ],
  [
    'handed to a PM after 40 min, closed hours later: timely',
    {
      acceptedAt: at('09:00'),
      handedOverAt: at('09:40'),
      closedAt: at('15:00'),
    },
    {},
    { met: ['timelyHandling'], swept: false },
  ],
  [
    'open, not handed over: timely handling runs to 10:00',
    { acceptedAt: at('09:00') },
    {},
    { met: [], deadline: at('10:00'), swept: true },
  ],
  [
    'open, handed over after 30 min: no clock runs',
    { acceptedAt: at('09:00'), handedOverAt: at('09:30') },
    {},
    { met: ['timelyHandling'], swept: false },
  ],
  [
    'emergency notified at 15 min and closed at 60 min: both met (≤), handling late',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:05'),
      notifiedAt: at('09:15'),
      closedAt: at('10:05'),
    },
    {},
    { met: ['emergencyResponse', 'emergencyClose'], swept: false },
  ],
  [
    'emergency notified at 16 min, open: response late, close and handling run',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:05'),
      notifiedAt: at('09:16'),
    },
    {},
    { met: [], deadline: at('10:05'), swept: true },
  ],
  [
    'emergency dispatched at 10 min, not notified: the response clock runs on',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:02'),
      handedOverAt: at('09:10'),
    },
    {},
    { met: ['timelyHandling'], deadline: at('09:15'), swept: true },
  ],
  [
    'the same where a dispatch counts as the notification: response met at 10 min',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:02'),
      handedOverAt: at('09:10'),
    },
    DISPATCH_COUNTS,
    {
      met: ['emergencyResponse', 'timelyHandling'],
      deadline: at('10:02'),
      swept: true,
    },
  ],
  [
    'where a dispatch counts, a notification before it still stops the response first',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:02'),
      notifiedAt: at('09:05'),
      handedOverAt: at('09:30'),
      closedAt: at('10:30'),
    },
    DISPATCH_COUNTS,
    { met: ['emergencyResponse', 'timelyHandling'], swept: false },
  ],
  [
    'emergency with no occurred-at recorded: response runs from acceptance',
    { emergency: true, acceptedAt: at('09:05') },
    {},
    { met: [], deadline: at('09:20'), swept: true },
  ],
  [
    'emergency closed unnotified: response still runs, but the sweep skips closed tickets',
    {
      emergency: true,
      occurredAt: at('09:00'),
      acceptedAt: at('09:02'),
      closedAt: at('09:50'),
    },
    {},
    {
      met: ['emergencyClose', 'timelyHandling'],
      deadline: at('09:15'),
      swept: false,
    },
  ],
];

const targetsOf = (extra: Partial<SlaTargets>): SlaTargets => ({
  ...REGULATION_SLA_TARGETS,
  ...extra,
});

/** The clocks as TypeScript reads them, in the terms of the expectations. */
function fromTypeScript(fixture: Fixture, targets: SlaTargets): Expected {
  const clocks = slaClocks({ emergency: false, ...fixture }, NOW, targets);
  const running = clocks.filter(c => !c.stoppedAt);
  return {
    met: clocks.filter(c => c.stoppedAt && !c.breached).map(c => c.kind),
    deadline: running.map(c => c.deadline).sort()[0],
    swept: !fixture.closedAt && running.length > 0,
  };
}

const newTicket = (fixture: Fixture): NewTicket => ({
  kind: 'incident',
  emergency: false,
  priority: 'P2',
  impact: 'medium',
  urgency: 'medium',
  category: 'other',
  title: 't',
  description: 'd',
  reporter: { name: 'r' },
  channel: 'phone',
  entityRef: 'component:default/ems-scada',
  acceptedBy: 'user:default/li.na',
  state: fixture.closedAt ? 'closed' : 'new',
  projectManagerRef: 'user:default/zhang.wei',
  routingSource: 'system_annotation',
  pmInvolved: false,
  ...fixture,
});

/** The clocks as the SQL reads them, on one ticket row. */
async function fromSql(
  knex: Knex,
  id: string,
  targets: SlaTargets,
): Promise<Expected> {
  const key = deadlineSortKey(knex, targets);
  const cases = SLA_CLOCKS.map(clock => clockMetCase(clock, targets));
  const row: Record<string, number | string> = await knex(TICKETS)
    .where({ id })
    .first(
      knex.raw(`${key.sql} AS sort_key`, key.bindings),
      ...cases.map((c, i) => knex.raw(`${c.sql} AS met_${i}`, c.bindings)),
    );
  const where = sweptTicketsWhere(targets);
  const swept = await knex(TICKETS)
    .where({ id })
    .whereRaw(where.sql, where.bindings);
  const sortKey = Number(row.sort_key);
  const met = SLA_CLOCKS.filter((_, i) => Number(row[`met_${i}`]) === 1);
  return {
    met: met.map(c => c.kind),
    deadline:
      sortKey === NO_DEADLINE ? undefined : new Date(sortKey).toISOString(),
    swept: swept.length === 1,
  };
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'SLA clocks in TypeScript and SQL on %p',
  databaseId => {
    let knex: Knex;
    const ids: string[] = [];
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      await knex.migrate.latest({
        directory: resolvePackagePath(
          '@internal/plugin-service-desk-backend',
          'migrations',
        ),
      });
      for (const [name, fixture] of CASES) {
        const [row] = await knex(TICKETS)
          .insert({
            ...newTicketColumns(newTicket(fixture)),
            display_id: `SD-${ids.length + 1}`,
            title: name,
            version: 1,
            created_at: toMillis(fixture.acceptedAt),
            updated_at: toMillis(fixture.acceptedAt),
          })
          .returning('id');
        ids.push(returnedId(row));
      }
    });

    it.each(CASES.map((c, i) => [...c, i] as const))(
      '%s',
      async (_name, fixture, options, expected, i) => {
        const targets = targetsOf(options);
        expect(fromTypeScript(fixture, targets)).toEqual(expected);
        // Clocks a ticket does not have read as not met in SQL, so they are absent from both.
        expect(await fromSql(knex, ids[i], targets)).toEqual(expected);
      },
    );
  },
);
