// One generated ticket: its fields at opening, then a history told as lifecycle steps that go
// through the product's own decide() and changeFor(), exactly as an import replays a ticket
// (TicketService.replay), so fields, events, `data` and participants are what the product writes.
import { backend, common, demoData } from './product.mjs';

const MINUTE = 60_000;
const { decide, lastHandler, priorityOf, categoryPaths } = common();
const {
  changeFor,
  displayIdColumns,
  eventColumns,
  newTicketColumns,
  toMillis,
} = backend();

/** Share of each history; with the opening event about 6.6 events a ticket. */
const STORIES = [
  ['online', 0.55],
  ['handled', 0.3],
  ['techSupport', 0.05],
  ['redispatched', 0.04],
  ['returned', 0.03],
  ['reopened', 0.03],
];
const KINDS = [
  ['incident', 0.6],
  ['service_request', 0.2],
  ['consultation', 0.12],
  ['complaint', 0.04],
  ['suggestion', 0.04],
];
const CHANNELS = [
  ['phone', 0.7],
  ['portal', 0.12],
  ['email', 0.1],
  ['monitoring', 0.08],
];
const RATINGS = [
  ['very_satisfied', 0.55],
  ['satisfied', 0.33],
  ['basically_satisfied', 0.12],
];
/** Substations and unit numbers in titles: a search for one matches about 1 ticket in 2 000. */
export const STATIONS = [
  '城东站',
  '城西站',
  '江北站',
  '河口站',
  '青山站',
  '白沙站',
  '湘江站',
  '望城站',
  '岳麓站',
  '星沙站',
];
export const UNITS = 200;
const TITLES = [
  [
    'SCADA 画面刷新延迟',
    '调度台工作站 SCADA 画面刷新延迟约 30 秒，其他工作站正常。',
  ],
  ['电能量数据缺失', '昨日 14:00–15:00 电能量数据缺失，请补采。'],
  ['检修票无法提交', '提交一级检修许可申请时提示“流程节点不存在”，无法提交。'],
  [
    'VPN login fails',
    'The VPN client reports "certificate expired" for the on-call engineers.',
  ],
  [
    'Alarm list not refreshing',
    'The alarm list on the dispatcher console stopped refreshing after the switch-over.',
  ],
];

/** A small deterministic generator: the same size gives the same data on every run. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Makes tickets for one configuration: `make(acceptedAt)` returns the ticket's columns (without
 * id and display id), its events and participants, and the call it was opened from, if any.
 * Steps later than `now` are not taken, so recent tickets are still open.
 */
export function ticketMaker({ config, routing, people, now, rnd }) {
  const pick = xs => xs[Math.floor(rnd() * xs.length)];
  const weighted = pairs => {
    let r = rnd();
    for (const [value, share] of pairs) if ((r -= share) < 0) return value;
    return pairs[0][0];
  };
  const minutes = (from, to) => (from + rnd() * (to - from)) * MINUTE;
  const categories = categoryPaths(config.categories);
  const { impacts, urgencies } = config.priority;
  const resolution =
    '已定位原因并处理，用户确认恢复正常。 Cause found and fixed.';

  return function make(acceptedAt) {
    const route = pick(routing);
    const emergency = rnd() < 0.02;
    const agent = pick(emergency ? people.dutyOfficer : people.agent);
    const engineer = pick(route.engineers);
    const techSupport = pick(people.techSupport);
    const lead = pick(people.lead);
    const [title, description] = pick(TITLES);
    const impact = emergency ? impacts[0] : pick(impacts);
    const urgency = emergency ? urgencies[0] : pick(urgencies);
    const current = {
      kind: emergency ? 'incident' : weighted(KINDS),
      emergency,
      priority: priorityOf(config.priority, impact, urgency),
      impact,
      urgency,
      category: pick(categories),
      title: `[${pick(STATIONS)}-${1 + Math.floor(rnd() * UNITS)}] ${
        emergency ? '【突发】' : ''
      }${title}`,
      description,
      reporter: pick(demoData().demoReporters),
      channel: weighted(CHANNELS),
      entityRef: route.entityRef,
      occurredAt: emergency
        ? new Date(acceptedAt - minutes(1, 10)).toISOString()
        : undefined,
      acceptedAt: new Date(acceptedAt).toISOString(),
      acceptedBy: agent,
      state: 'new',
      projectManagerRef: route.projectManagerRef,
      routingSource: route.source,
      routingWarning: route.warning,
      pmInvolved: false,
    };
    const events = [
      {
        action: 'open',
        actorRef: agent,
        at: current.acceptedAt,
        toState: 'new',
        data: {
          routing: {
            projectManagerRef: route.projectManagerRef,
            source: route.source,
            decidedBy: route.decidedBy,
            warning: route.warning,
          },
        },
      },
    ];
    const participants = [
      agent,
      route.projectManagerRef,
      current.reporter.userRef,
    ].filter(Boolean);
    // Emergencies move five times faster: the regulation gives them 15 and 60 minutes.
    const pace = emergency ? 0.2 : 1;
    let t = acceptedAt;
    let stopped = false;
    const step = (action, actorRef, [from, to], input = {}) => {
      t += minutes(from, to) * pace;
      if (stopped || t > now) {
        stopped = true;
        return;
      }
      const at = new Date(t).toISOString();
      const reopenTo = action === 'callback' ? lastHandler(events) : undefined;
      const transition = decide(
        current,
        action,
        { userRef: actorRef, roles: new Set() },
        input,
        reopenTo,
        {
          checkActor: false,
        },
      );
      const change = changeFor(
        current,
        action,
        transition,
        input,
        actorRef,
        at,
      );
      for (const [k, v] of Object.entries(change.patch))
        if (v !== null) current[k] = v;
      if (change.patch.assigneeRef === null) delete current.assigneeRef;
      events.push(change.event);
      participants.push(...change.participants);
    };

    const pm = current.projectManagerRef;
    const dispatch = input => step('dispatch', agent, [5, 70], input);
    const assign = () =>
      step('assign', pm, [5, 120], { assigneeRef: engineer });
    const resolve = who => step('resolve', who, [30, 2880], { resolution });
    const callback = (rating = weighted(RATINGS), input = {}) =>
      step('callback', lead, [60, 1440], {
        rating,
        userConfirmed: true,
        comment: '用户确认已恢复',
        ...input,
      });
    const finish = who => {
      resolve(who);
      step('confirm_completion', pm, [10, 240]);
      step('confirm', agent, [5, 120]);
    };

    if (emergency)
      step('notify', agent, [2, 14], {
        notifiedWhom: '项目经理 PM',
        comment: '已电话通知项目经理',
      });
    switch (weighted(STORIES)) {
      case 'online':
        step('resolve', agent, [5, 50], {
          resolution: '电话指导用户重启客户端后恢复。 Solved on the phone.',
        });
        step('confirm', agent, [1, 10]);
        break;
      case 'handled':
        dispatch();
        assign();
        finish(engineer);
        break;
      case 'techSupport':
        dispatch();
        step('assign_tech_support', pm, [5, 120], { assigneeRef: techSupport });
        finish(techSupport);
        break;
      case 'redispatched':
        dispatch();
        step('reject_dispatch', pm, [5, 60], {
          reason: pick(['unclear', 'misrouted']),
          comment: '请补充故障现象',
        });
        dispatch({ comment: '已补充故障现象和发生时间' });
        assign();
        finish(engineer);
        break;
      case 'returned':
        dispatch();
        assign();
        step('return', engineer, [60, 600], {
          comment: '需要厂家技术支持 Needs vendor support',
        });
        step('assign_tech_support', pm, [5, 60], { assigneeRef: techSupport });
        finish(techSupport);
        break;
      default: // reopened: the user is not satisfied, or complains, at the callback
        dispatch();
        assign();
        finish(engineer);
        callback(
          ...(rnd() < 0.7
            ? ['unsatisfied', { userConfirmed: false }]
            : ['satisfied', { complaint: true }]),
        );
        finish(engineer);
    }
    callback();
    step('close', lead, [1, 30]);
    return {
      ticket: current,
      events,
      participants,
      call: callOf(current, acceptedAt, rnd),
    };
  };
}

/** The ticket's columns as the store writes them (DatabaseTicketStore.insertTicket). */
export function ticketRow(id, displayId, { ticket, events }) {
  return {
    id,
    ...newTicketColumns(ticket),
    ...displayIdColumns(ticket, displayId),
    version: events.length,
    created_at: toMillis(events[0].at),
    updated_at: toMillis(events[events.length - 1].at),
  };
}

/** The events' rows as the store writes them, with ids so that no insert waits for RETURNING. */
export function eventRows(ticketId, firstEventId, events) {
  return events.map((e, i) => ({
    id: firstEventId + i,
    ...eventColumns(ticketId, i + 1, e),
  }));
}

/** Phone tickets come from a call of the telephone system; 3 % waited beyond 20 s (§8.1). */
function callOf(ticket, acceptedAt, rnd) {
  if (ticket.channel !== 'phone') return undefined;
  const ringAt = acceptedAt - Math.round(30_000 + rnd() * 90_000);
  const answeredAt =
    ringAt +
    Math.round(rnd() < 0.97 ? 2000 + rnd() * 17_000 : 21_000 + rnd() * 40_000);
  return {
    ring_at: ringAt,
    answered_at: answeredAt,
    ended_at: answeredAt + Math.round(60_000 + rnd() * 540_000),
    agent_ref: ticket.acceptedBy,
    caller_number: ticket.reporter.phone ?? null,
    ivr_rating: null,
  };
}
