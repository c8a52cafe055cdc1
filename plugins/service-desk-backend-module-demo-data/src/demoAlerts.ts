import { DeskSeeding } from '@internal/plugin-service-desk-backend/alpha';

/**
 * An outage as monitoring reports it: the same alert three times in ten minutes (one ticket),
 * and one sent for a service the catalog does not know (refused, on the desk page).
 */
export function demoAlerts(
  now: Date,
): Array<{ body: object; refused: boolean }> {
  const ago = (minutes: number) =>
    new Date(now.getTime() - minutes * 60_000).toISOString();
  const stale = (minutes: number) => ({
    fingerprint: 'ems-scada/telemetry-stale',
    service: 'component:default/ems-scada',
    severity: 'major',
    summary: 'EMS 主站 SCADA 全部遥测不刷新',
    description:
      '监控发现 EMS 主站全部遥测数据超过 5 分钟未刷新 (all SCADA telemetry stale for more than 5 minutes).',
    occurredAt: ago(minutes),
  });
  return [
    { body: stale(40), refused: false },
    { body: stale(35), refused: false },
    { body: stale(30), refused: false },
    {
      body: {
        ...stale(25),
        fingerprint: 'wams/pmu-offline',
        service: 'component:default/wams',
        summary: 'WAMS PMU 子站离线',
      },
      refused: true,
    },
  ];
}

/** Sends the demo alerts once, when the desk has none; true when it sent them. */
export async function loadDemoAlerts(
  alerts: NonNullable<DeskSeeding['alerts']>,
  now: Date,
): Promise<boolean> {
  if ((await alerts.count()) > 0) return false;
  for (const { body, refused } of demoAlerts(now)) {
    try {
      await alerts.send(body);
    } catch (error) {
      if (!refused) throw error;
    }
  }
  return true;
}
