/**
 * Demo tickets for the demo organisation in examples/: a few dozen tickets in every state, with
 * histories laid out over the last weeks so the desk looks at work on the first start. They go
 * through the import path, so the lifecycle checks every step.
 */

interface Service {
  entityRef: string;
  pm: string;
  engineers: string[];
  titles: Array<[string, string, string]>; // title, description, category
}

const SERVICES: Service[] = [
  {
    entityRef: 'component:default/ems-scada',
    pm: 'user:default/zhang.wei',
    engineers: ['user:default/ma.chao', 'user:default/he.jun'],
    titles: [
      [
        'SCADA 画面刷新延迟',
        '调度台 3 号工作站 SCADA 画面刷新延迟约 30 秒，其他工作站正常。',
        'application/fault',
      ],
      [
        'EMS 状态估计不收敛',
        '今日 09:00 起 EMS 状态估计连续三次不收敛，需排查量测数据。',
        'application/data',
      ],
      [
        'Alarm list not refreshing',
        'The alarm list on the dispatcher console stopped refreshing after the morning switch-over.',
        'application/fault',
      ],
    ],
  },
  {
    entityRef: 'component:default/outage-planner',
    pm: 'user:default/wu.hao',
    engineers: ['user:default/ma.chao', 'user:default/he.jun'],
    titles: [
      [
        '检修票无法提交',
        '提交一级检修许可申请时提示“流程节点不存在”，无法提交。',
        'application/fault',
      ],
      [
        'New account for planner',
        'Please create an outage-planner account for the new shift engineer of substation 7.',
        'application/access',
      ],
    ],
  },
  {
    entityRef: 'component:default/meter-data-service',
    pm: 'user:default/wu.hao',
    engineers: ['user:default/lin.feng', 'user:default/guo.qiang'],
    titles: [
      [
        '电能量数据缺失',
        '110kV 城东站昨日 14:00–15:00 电能量数据缺失，请补采。',
        'application/data',
      ],
      [
        'Meter collection job late',
        'The hourly meter collection job finished 40 minutes late twice this week.',
        'infrastructure/server',
      ],
    ],
  },
  {
    entityRef: 'component:default/office-network',
    pm: 'user:default/xu.jing',
    engineers: ['user:default/tang.yi'],
    titles: [
      [
        '办公区无线网络断连',
        '三楼办公区无线网络频繁断开，影响视频会议。',
        'infrastructure/network',
      ],
      [
        'VPN login fails',
        'VPN client reports "certificate expired" for the on-call engineers.',
        'infrastructure/network',
      ],
    ],
  },
  {
    entityRef: 'component:default/email-service',
    pm: 'user:default/xu.jing',
    engineers: ['user:default/tang.yi'],
    titles: [
      [
        '邮件发送退信',
        '向省公司发送邮件被退回，提示对方服务器拒收。',
        'application/fault',
      ],
    ],
  },
  {
    entityRef: 'component:default/legacy-reporting',
    pm: 'user:default/wang.fang',
    engineers: ['user:default/song.tao'],
    titles: [
      ['旧报表导出乱码', '导出的月度报表中文显示为乱码。', 'application/data'],
    ],
  },
];

const AGENTS = ['user:default/li.na', 'user:default/zhao.lei'];
const DUTY = ['user:default/chen.jie', 'user:default/sun.li'];
const LEAD = 'user:default/wang.fang';
const TECH_SUPPORT = 'user:default/liu.yang';
const REPORTERS = [
  {
    name: '周欣',
    phone: '0571-8888 1234',
    organisation: '调度中心',
    userRef: 'user:default/zhou.xin',
  },
  { name: '钱工', phone: '138 0000 1111', organisation: '城东变电站' },
  {
    name: 'Mr. Fang',
    phone: '0571-8888 5678',
    organisation: 'Metering office',
  },
];

type Story =
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
const STORIES: Story[] = [
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

const MINUTE = 60_000;

/** A small deterministic generator, so the demo is the same on every start. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function demoTickets(now: Date): unknown[] {
  const rnd = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return STORIES.map((story, i) => {
    const service = SERVICES[i % SERVICES.length];
    const [title, description, category] =
      service.titles[Math.floor(i / SERVICES.length) % service.titles.length];
    // Oldest first: 45 days ago to a few hours ago, during the day in Asia/Shanghai (UTC+8).
    const daysAgo = Math.max(0, Math.round(45 - (45 * i) / STORIES.length));
    const day = new Date(now.getTime() - daysAgo * 24 * 60 * MINUTE);
    day.setUTCHours(1 + Math.floor(rnd() * 7), Math.floor(rnd() * 60), 0, 0);
    let t = Math.min(
      day.getTime(),
      now.getTime() - (STORIES.length - i) * 7 * MINUTE,
    );
    const emergency = i % 9 === 4;
    const agent = emergency ? pick(DUTY) : pick(AGENTS);
    const engineer = pick(service.engineers);
    const acceptedAt = new Date(t).toISOString();
    const events: Array<Record<string, unknown>> = [];
    const step = (
      minutes: number,
      actorRef: string,
      action: string,
      extra: object = {},
    ) => {
      t += minutes * MINUTE;
      events.push({
        action,
        actorRef,
        at: new Date(t).toISOString(),
        ...extra,
      });
    };
    const resolution =
      '已定位原因并处理，用户确认恢复正常。 Cause found and fixed.';
    const handle = () => {
      step(10 + rnd() * 40, agent, 'dispatch');
      step(5 + rnd() * 30, service.pm, 'assign', { assigneeRef: engineer });
    };
    const finish = (
      rating = pick([
        'very_satisfied',
        'satisfied',
        'satisfied',
        'basically_satisfied',
      ]),
    ) => {
      step(60 + rnd() * 600, engineer, 'resolve', { resolution });
      step(10 + rnd() * 60, service.pm, 'confirm_completion');
      step(5 + rnd() * 30, agent, 'confirm');
      step(60 + rnd() * 600, LEAD, 'callback', {
        rating,
        userConfirmed: true,
        comment: '用户确认已恢复',
      });
    };
    if (emergency) {
      // §7.3(2): the desk records whom it told; the response time ends there, not at a dispatch.
      step(3 + rnd() * 10, agent, 'notify', {
        notifiedWhom: `${service.pm.replace(
          'user:default/',
          '',
        )}、值班调度员 dispatcher on duty`,
        comment: '已电话通知 Told by phone',
      });
      // One in two: the monitoring log showed an earlier start, corrected with its reason.
      if (i % 18 === 4) {
        step(2, LEAD, 'set_occurred_at', {
          occurredAt: new Date(
            Date.parse(acceptedAt) - 9 * MINUTE,
          ).toISOString(),
          comment: '按监控系统告警时间核定 Per the monitoring alarm time',
        });
      }
    }
    switch (story) {
      case 'with_pm':
        step(10 + rnd() * 40, agent, 'dispatch');
        break;
      case 'with_engineer':
        handle();
        break;
      case 'tech_support':
        handle();
        step(60 + rnd() * 120, engineer, 'return', {
          comment: '需要厂家技术支持 Needs vendor support',
        });
        step(10, service.pm, 'assign_tech_support', {
          assigneeRef: TECH_SUPPORT,
        });
        break;
      case 'resolved':
        handle();
        step(60 + rnd() * 300, engineer, 'resolve', { resolution });
        break;
      case 'awaiting_callback':
        handle();
        step(60 + rnd() * 300, engineer, 'resolve', { resolution });
        step(10 + rnd() * 60, service.pm, 'confirm_completion');
        step(5 + rnd() * 30, agent, 'confirm');
        break;
      case 'closed':
        handle();
        finish();
        step(1, LEAD, 'close');
        break;
      case 'closed_online':
        step(10 + rnd() * 30, agent, 'resolve', {
          resolution: '电话指导用户重启客户端后恢复。 Solved on the phone.',
        });
        step(2, agent, 'confirm');
        step(60 + rnd() * 300, LEAD, 'callback', {
          rating: 'very_satisfied',
          userConfirmed: true,
        });
        step(1, LEAD, 'close');
        break;
      case 'rejected_then_redispatched':
        step(10 + rnd() * 40, agent, 'dispatch');
        step(15, service.pm, 'reject_dispatch', {
          reason: 'unclear',
          comment: '请补充故障现象和发生时间',
        });
        step(20, agent, 'dispatch', { comment: '已补充：09:10 起报错' });
        step(10, service.pm, 'assign', { assigneeRef: engineer });
        finish();
        step(1, LEAD, 'close');
        break;
      case 'reopened_then_closed':
        handle();
        step(60 + rnd() * 300, engineer, 'resolve', { resolution });
        step(10, service.pm, 'confirm_completion');
        step(5, agent, 'confirm');
        step(120, LEAD, 'callback', {
          rating: 'unsatisfied',
          userConfirmed: false,
          comment: '问题仍然存在 Still broken',
        });
        finish('satisfied');
        step(1, LEAD, 'close');
        break;
      case 'new':
        break;
    }
    const impact = emergency
      ? 'high'
      : pick(['high', 'medium', 'medium', 'low']);
    return {
      externalId: `demo-${String(i + 1).padStart(3, '0')}`,
      kind:
        i % 11 === 7
          ? 'service_request'
          : i % 13 === 6
          ? 'consultation'
          : 'incident',
      emergency,
      occurredAt: emergency
        ? new Date(Date.parse(acceptedAt) - 4 * MINUTE).toISOString()
        : undefined,
      impact,
      urgency: emergency ? 'high' : pick(['high', 'medium', 'low']),
      category,
      title: emergency ? `【突发】${title}` : title,
      description,
      reporter: pick(REPORTERS),
      channel: i % 5 === 3 ? 'portal' : 'phone',
      entityRef: service.entityRef,
      acceptedAt,
      acceptedBy: agent,
      events: events.filter(e => Date.parse(e.at as string) <= now.getTime()),
    };
  });
}
