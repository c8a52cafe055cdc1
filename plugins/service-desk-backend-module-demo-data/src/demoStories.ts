import { LEAD, TECH_SUPPORT } from './demoOrganisation';

export const MINUTE = 60_000;

/** A small deterministic generator, so the demo is the same on every start. */
export function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export type Random = ReturnType<typeof random>;

export const pick = <T>(rnd: Random, xs: T[]) =>
  xs[Math.floor(rnd() * xs.length)];

export type Story =
  | 'new'
  | 'with_pm'
  | 'with_engineer'
  | 'tech_support'
  | 'resolved'
  | 'awaiting_callback'
  | 'closed'
  | 'closed_online'
  | 'rejected_then_redispatched'
  | 'reopened_then_closed';

/** Stories by age: the oldest tickets are closed, the newest still open. */
export const STORIES: Story[] = [
  'closed',
  'closed',
  'closed_online',
  'closed',
  'reopened_then_closed',
  'closed',
  'closed_online',
  'closed',
  'closed',
  'rejected_then_redispatched',
  'closed',
  'closed',
  'closed',
  'closed_online',
  'closed',
  'closed',
  'closed',
  'awaiting_callback',
  'closed',
  'closed',
  'awaiting_callback',
  'resolved',
  'tech_support',
  'closed',
  'with_engineer',
  'awaiting_callback',
  'with_engineer',
  'with_pm',
  'resolved',
  'with_engineer',
  'tech_support',
  'with_pm',
  'new',
  'with_engineer',
  'with_pm',
  'new',
];

/** A ticket's history as the import replays it: each step some minutes after the one before. */
export class History {
  readonly events: Array<Record<string, unknown>> = [];

  private t: number;

  constructor(readonly startedAt: number) {
    this.t = startedAt;
  }

  step(minutes: number, actorRef: string, action: string, extra: object = {}) {
    this.t += minutes * MINUTE;
    this.events.push({
      action,
      actorRef,
      at: new Date(this.t).toISOString(),
      ...extra,
    });
  }
}

/** Who works a ticket: the desk agent who took it, the service's PM and engineer. */
export interface Cast {
  agent: string;
  pm: string;
  engineer: string;
}

const RESOLUTION =
  '已定位原因并处理，用户确认恢复正常。 Cause found and fixed.';

function handle(h: History, c: Cast, rnd: Random) {
  h.step(10 + rnd() * 40, c.agent, 'dispatch');
  h.step(5 + rnd() * 30, c.pm, 'assign', { assigneeRef: c.engineer });
}

function finish(
  h: History,
  c: Cast,
  rnd: Random,
  rating = pick(rnd, [
    'very_satisfied',
    'satisfied',
    'satisfied',
    'basically_satisfied',
  ]),
) {
  h.step(60 + rnd() * 600, c.engineer, 'resolve', { resolution: RESOLUTION });
  h.step(10 + rnd() * 60, c.pm, 'confirm_completion');
  h.step(5 + rnd() * 30, c.agent, 'confirm');
  h.step(60 + rnd() * 600, LEAD, 'callback', {
    rating,
    userConfirmed: true,
    comment: '用户确认已恢复',
  });
}

/** The steps of each story after the ticket was accepted (and, for an emergency, notified). */
const PLAYS: Record<Story, (h: History, c: Cast, rnd: Random) => void> = {
  new: () => {},
  with_pm: (h, c, rnd) => h.step(10 + rnd() * 40, c.agent, 'dispatch'),
  with_engineer: handle,
  tech_support: (h, c, rnd) => {
    handle(h, c, rnd);
    h.step(60 + rnd() * 120, c.engineer, 'return', {
      comment: '需要厂家技术支持 Needs vendor support',
    });
    h.step(10, c.pm, 'assign_tech_support', { assigneeRef: TECH_SUPPORT });
  },
  resolved: (h, c, rnd) => {
    handle(h, c, rnd);
    h.step(60 + rnd() * 300, c.engineer, 'resolve', { resolution: RESOLUTION });
  },
  awaiting_callback: (h, c, rnd) => {
    handle(h, c, rnd);
    h.step(60 + rnd() * 300, c.engineer, 'resolve', { resolution: RESOLUTION });
    h.step(10 + rnd() * 60, c.pm, 'confirm_completion');
    h.step(5 + rnd() * 30, c.agent, 'confirm');
  },
  closed: (h, c, rnd) => {
    handle(h, c, rnd);
    finish(h, c, rnd);
    h.step(1, LEAD, 'close');
  },
  closed_online: (h, c, rnd) => {
    h.step(10 + rnd() * 30, c.agent, 'resolve', {
      resolution: '电话指导用户重启客户端后恢复。 Solved on the phone.',
    });
    h.step(2, c.agent, 'confirm');
    h.step(60 + rnd() * 300, LEAD, 'callback', {
      rating: 'very_satisfied',
      userConfirmed: true,
    });
    h.step(1, LEAD, 'close');
  },
  rejected_then_redispatched: (h, c, rnd) => {
    h.step(10 + rnd() * 40, c.agent, 'dispatch');
    h.step(15, c.pm, 'reject_dispatch', {
      reason: 'unclear',
      comment: '请补充故障现象和发生时间',
    });
    h.step(20, c.agent, 'dispatch', { comment: '已补充：09:10 起报错' });
    h.step(10, c.pm, 'assign', { assigneeRef: c.engineer });
    finish(h, c, rnd);
    h.step(1, LEAD, 'close');
  },
  reopened_then_closed: (h, c, rnd) => {
    handle(h, c, rnd);
    h.step(60 + rnd() * 300, c.engineer, 'resolve', { resolution: RESOLUTION });
    h.step(10, c.pm, 'confirm_completion');
    h.step(5, c.agent, 'confirm');
    h.step(120, LEAD, 'callback', {
      rating: 'unsatisfied',
      userConfirmed: false,
      comment: '问题仍然存在 Still broken',
    });
    finish(h, c, rnd, 'satisfied');
    h.step(1, LEAD, 'close');
  },
};

export function playStory(story: Story, h: History, c: Cast, rnd: Random) {
  PLAYS[story](h, c, rnd);
}
