import {
  CallRecord,
  NewAssessmentEntry,
} from '@internal/plugin-service-desk-backend/alpha';

const MINUTE = 60_000;
const AGENTS = [
  'user:default/li.na',
  'user:default/zhao.lei',
  'user:default/chen.jie',
];
const MANAGER = 'user:default/huang.wei';
const RATINGS = [
  'very_satisfied',
  'satisfied',
  'satisfied',
  'basically_satisfied',
];

/**
 * Six calls a day over the demo's weeks; about one in seventy is answered after the 20 s limit
 * (§8.1), so the answer rate sits near its 99 % target.
 */
export function demoCalls(now: Date, days = 45): CallRecord[] {
  const calls: CallRecord[] = [];
  for (let d = days; d >= 0; d--) {
    for (let k = 0; k < 6; k++) {
      const n = (days - d) * 6 + k;
      const ring =
        now.getTime() - d * 24 * 60 * MINUTE - (k * 97 + 30) * MINUTE;
      if (ring > now.getTime()) continue;
      const wait = n % 70 === 13 ? 27_000 : 4_000 + (n % 5) * 2_000;
      calls.push({
        callId: `demo-call-${String(n).padStart(4, '0')}`,
        ringAt: new Date(ring).toISOString(),
        answeredAt: new Date(ring + wait).toISOString(),
        endedAt: new Date(ring + wait + 180_000).toISOString(),
        agentRef: AGENTS[n % AGENTS.length],
        callerNumber: `0571-8888 ${String(1000 + (n % 37)).padStart(4, '0')}`,
        ivrRating: RATINGS[n % RATINGS.length],
      });
    }
  }
  return calls;
}

/** A few assessment items a manager would have recorded in the demo's weeks (SPEC §7). */
export function demoAssessmentEntries(now: Date): NewAssessmentEntry[] {
  const daysAgo = (d: number) =>
    new Date(now.getTime() - d * 24 * 60 * MINUTE).toISOString();
  const entry = (
    e: Omit<NewAssessmentEntry, 'recordedBy'>,
  ): NewAssessmentEntry => ({ ...e, recordedBy: MANAGER });
  return [
    entry({
      kind: 'report_failure',
      occurredAt: daysAgo(30),
      description:
        '值班日报漏填设备巡检项 Duty report missed the equipment round',
    }),
    entry({
      kind: 'report_failure',
      occurredAt: daysAgo(24),
      description: '交接班记录未签名 Handover log unsigned',
    }),
    entry({
      kind: 'special_work',
      grade: 'on_time_good',
      occurredAt: daysAgo(20),
      description: '迎峰度夏保障 Summer peak support',
    }),
    entry({
      kind: 'knowledge_base',
      grade: 'late_or_mediocre',
      occurredAt: daysAgo(12),
      description: '知识库条目提交延迟 Knowledge article late',
    }),
    entry({
      kind: 'bonus',
      grade: 'best_practice',
      occurredAt: daysAgo(8),
      description: '告警分级处置法被采纳 Alarm triage practice adopted',
    }),
    entry({
      kind: 'security_check',
      grade: 'fix_overdue',
      occurredAt: daysAgo(5),
      description: '机房门禁隐患整改超期 Data-room door fix overdue',
    }),
  ];
}
