// Writes `size` tickets accepted over the 12 months before now, with their histories,
// participants, the calls they came from, the display-id counters and a few assessment entries,
// into a fresh database carrying the product's migrations.
import { common, deskConfig, deskPeople, demoRouting } from './product.mjs';
import { connect, recreate, target } from './db.mjs';
import { openWriter } from './writers.mjs';
import { eventRows, random, ticketMaker, ticketRow } from './story.mjs';

const BATCH = 2000;
const DAY = 86_400_000;
const SPAN = 365 * DAY;

export async function generate(db, size) {
  const started = Date.now();
  const t = target(db, size);
  await recreate(t);
  const config = deskConfig();
  const people = deskPeople(config);
  const now = Date.now();
  const rnd = random(size);
  const make = ticketMaker({
    config,
    routing: await demoRouting(config),
    people,
    now,
    rnd,
  });
  const displayIds = displayIdsFor(config);
  const writer = await openWriter(t);
  let eventId = 1;
  let events = 0;
  for (let first = 1; first <= size; first += BATCH) {
    const rows = {
      service_desk_tickets: [],
      service_desk_ticket_events: [],
      service_desk_ticket_participants: [],
      service_desk_calls: [],
    };
    for (let id = first; id < Math.min(first + BATCH, size + 1); id++) {
      // Evenly spread and in id order, as a live desk inserts them.
      const acceptedAt = Math.floor(
        now - SPAN + (SPAN * (id - 1 + rnd())) / size,
      );
      const made = make(acceptedAt);
      rows.service_desk_tickets.push(
        ticketRow(id, displayIds(acceptedAt), made),
      );
      rows.service_desk_ticket_events.push(
        ...eventRows(id, eventId, made.events),
      );
      eventId += made.events.length;
      for (const user_ref of new Set(made.participants))
        rows.service_desk_ticket_participants.push({ ticket_id: id, user_ref });
      if (made.call)
        rows.service_desk_calls.push({
          id,
          call_id: `BENCH-${id}`,
          ticket_id: id,
          ...made.call,
        });
    }
    for (const [table, batch] of Object.entries(rows))
      await writer.insert(table, batch);
    events += rows.service_desk_ticket_events.length;
    progress(first + BATCH - 1, size, started);
  }
  await writer.insert('service_desk_counters', displayIds.counters());
  await writer.insert(
    'service_desk_assessment_entries',
    assessmentEntries(now, people),
  );
  await writer.finish([
    'service_desk_tickets',
    'service_desk_ticket_events',
    'service_desk_calls',
    'service_desk_assessment_entries',
  ]);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `generate: ${size} tickets, ${events} events on ${db} in ${seconds.toFixed(
      0,
    )} s`,
  );
  return { ...t, tickets: size, events, generateSeconds: seconds };
}

/** The data an earlier run kept, as `generate` describes what it wrote. */
export async function existing(db, size) {
  const t = target(db, size);
  const knex = connect(t);
  try {
    const count = async table =>
      Number((await knex(table).count({ n: '*' }))[0].n);
    const tickets = await count('service_desk_tickets');
    const events = await count('service_desk_ticket_events');
    console.log(`reuse: ${tickets} tickets, ${events} events on ${db}`);
    return { ...t, tickets, events, reused: true };
  } finally {
    await knex.destroy();
  }
}

/**
 * Display ids numbered per month of acceptance, as the store numbers them, and the counters the
 * store continues from, so tickets opened during the benchmark get the next numbers.
 */
function displayIdsFor(config) {
  const { formatDisplayId } = common();
  const counters = new Map();
  const monthOf = new Map();
  const counterName = at => {
    // Time zones shift by whole quarter hours: one look-up per quarter hour, not per ticket.
    const quarter = Math.floor(at / 900_000);
    if (!monthOf.has(quarter)) {
      monthOf.set(
        quarter,
        formatDisplayId(
          config.ticketIdPrefix,
          new Date(at),
          config.timeZone,
          0,
        ).slice(0, -6),
      );
    }
    return monthOf.get(quarter);
  };
  const next = at => {
    const name = counterName(at);
    const seq = (counters.get(name) ?? 0) + 1;
    counters.set(name, seq);
    return `${name}-${String(seq).padStart(5, '0')}`;
  };
  next.counters = () => [...counters].map(([name, value]) => ({ name, value }));
  return next;
}

/** Two manager-recorded items a month, so the scorecard's entry-based tables have rows. */
function assessmentEntries(now, people) {
  const manager = people.manager[0];
  const entries = [];
  for (let at = now - SPAN + 10 * DAY; at < now; at += 30 * DAY) {
    const common = {
      persons: null,
      evidence_url: null,
      ticket_id: null,
      voids_id: null,
      recorded_by: manager,
    };
    entries.push({
      ...common,
      kind: 'report_failure',
      grade: null,
      occurred_at: at,
      description: '月报迟交',
      recorded_at: at,
    });
    entries.push({
      ...common,
      kind: 'special_work',
      grade: 'on_time_good',
      occurred_at: at + DAY,
      description: '保电值守',
      recorded_at: at + DAY,
    });
  }
  return entries;
}

function progress(done, size, started) {
  const step = Math.max(BATCH, Math.floor(size / 10 / BATCH) * BATCH);
  if (done % step === 0 || done >= size) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `generate: ${Math.min(done, size)} / ${size} tickets (${seconds} s)`,
    );
  }
}
