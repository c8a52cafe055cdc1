/**
 * Demo tickets for the demo organisation in examples/: a few dozen tickets in every state, with
 * histories laid out over the last weeks so the desk looks at work on the first start. They go
 * through the import path, so the lifecycle checks every step.
 */
import {
  AGENTS,
  DUTY,
  LEAD,
  REPORTERS,
  SERVICES,
  Service,
} from './demoOrganisation';
import {
  Cast,
  History,
  MINUTE,
  Random,
  STORIES,
  Story,
  pick,
  playStory,
  random,
} from './demoStories';

export function demoTickets(now: Date): unknown[] {
  const rnd = random(42);
  return STORIES.map((story, i) => demoTicket(story, i, now, rnd));
}

function demoTicket(story: Story, i: number, now: Date, rnd: Random) {
  const service = SERVICES[i % SERVICES.length];
  const [title, description, category] =
    service.titles[Math.floor(i / SERVICES.length) % service.titles.length];
  // Oldest first: 45 days ago to a few hours ago, during the day in Asia/Shanghai (UTC+8).
  const daysAgo = Math.max(0, Math.round(45 - (45 * i) / STORIES.length));
  const day = new Date(now.getTime() - daysAgo * 24 * 60 * MINUTE);
  day.setUTCHours(1 + Math.floor(rnd() * 7), Math.floor(rnd() * 60), 0, 0);
  const start = Math.min(
    day.getTime(),
    now.getTime() - (STORIES.length - i) * 7 * MINUTE,
  );
  const emergency = i % 9 === 4;
  const agent = emergency ? pick(rnd, DUTY) : pick(rnd, AGENTS);
  const cast: Cast = {
    agent,
    pm: service.pm,
    engineer: pick(rnd, service.engineers),
  };
  const acceptedAt = new Date(start).toISOString();
  const history = new History(start);
  if (emergency) notifyEmergency(history, cast, service, i, rnd);
  playStory(story, history, cast, rnd);
  const impact = emergency
    ? 'high'
    : pick(rnd, ['high', 'medium', 'medium', 'low']);
  return {
    externalId: `demo-${String(i + 1).padStart(3, '0')}`,
    kind: kindOf(i),
    emergency,
    occurredAt: emergency
      ? new Date(Date.parse(acceptedAt) - 4 * MINUTE).toISOString()
      : undefined,
    impact,
    urgency: emergency ? 'high' : pick(rnd, ['high', 'medium', 'low']),
    category,
    title: emergency ? `【突发】${title}` : title,
    description,
    reporter: pick(rnd, REPORTERS),
    channel: i % 5 === 3 ? 'portal' : 'phone',
    entityRef: service.entityRef,
    acceptedAt,
    acceptedBy: agent,
    events: history.events.filter(
      e => Date.parse(e.at as string) <= now.getTime(),
    ),
  };
}

function kindOf(i: number) {
  if (i % 11 === 7) return 'service_request';
  if (i % 13 === 6) return 'consultation';
  return 'incident';
}

function notifyEmergency(
  history: History,
  cast: Cast,
  service: Service,
  i: number,
  rnd: Random,
) {
  // §7.3(2): the desk records whom it told; the response time ends there, not at a dispatch.
  history.step(3 + rnd() * 10, cast.agent, 'notify', {
    notifiedWhom: `${service.pm.replace(
      'user:default/',
      '',
    )}、值班调度员 dispatcher on duty`,
    comment: '已电话通知 Told by phone',
  });
  // One in two: the monitoring log showed an earlier start, corrected with its reason.
  if (i % 18 === 4) {
    const acceptedAt = history.startedAt;
    history.step(2, LEAD, 'set_occurred_at', {
      occurredAt: new Date(acceptedAt - 9 * MINUTE).toISOString(),
      comment: '按监控系统告警时间核定 Per the monitoring alarm time',
    });
  }
}
