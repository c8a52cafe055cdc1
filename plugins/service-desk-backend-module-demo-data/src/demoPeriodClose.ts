import { DeskSeeding } from '@internal/plugin-service-desk-backend/alpha';
import {
  ScoreLine,
  periodContaining,
  recentPeriods,
} from '@internal/plugin-service-desk-common';

const LEAD = 'user:default/wang.fang';
const MANAGER = 'user:default/huang.wei';

/**
 * The last ended cycle reported and sealed (§6.7), one of its deductions appealed and waiting
 * for the manager, and an item recorded in it after sealing, so the scorecard shows a sealed
 * period with a change since sealing. The cycle before stays open for the lead to submit.
 * Returns whether it wrote anything: once a request exists it leaves the period alone.
 */
export async function loadDemoPeriodClose(
  seeding: Pick<
    DeskSeeding,
    'periods' | 'appeals' | 'addAssessmentEntry' | 'timeZone'
  >,
  now: Date,
): Promise<boolean> {
  const current = periodContaining('cycle', now, seeding.timeZone);
  const [label] = recentPeriods('cycle', current, 2);
  const period = { kind: 'cycle' as const, label };
  const before = await seeding.periods.report('cycle', label);
  if (before.close?.request) return false;
  const request = await seeding.periods.submit(
    period,
    LEAD,
    '本周期考核结果，请审批。Results of the cycle, for your approval.',
  );
  await seeding.periods.decide(request.id, true, MANAGER);
  const line = [before.operational, before.customerService]
    .flatMap(card => card.items.flatMap(item => item.deductions))
    .find((d: ScoreLine) => d.key);
  if (line?.key)
    await seeding.appeals.file(
      {
        kind: 'cycle',
        period: label,
        deductionKey: line.key,
        reason:
          '该扣分所涉工单已在时限内电话通知，见通话记录。The people concerned were told by phone in time: see the call log.',
      },
      LEAD,
    );
  const end = Date.parse(before.period.end);
  await seeding.addAssessmentEntry(
    {
      kind: 'permit_failure',
      occurredAt: new Date(end - 3 * 24 * 3_600_000).toISOString(),
      description:
        '封存后补记：一级检修完工报工不合格 Recorded after sealing: a level-1 permit finish report failed',
      recordedBy: MANAGER,
    },
    now,
  );
  return true;
}
