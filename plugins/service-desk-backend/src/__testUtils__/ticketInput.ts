/** A valid `POST /tickets` body for the demo catalog: the desk records a phone report. */
export const newTicket = (extra: object = {}) => ({
  kind: 'incident',
  impact: 'high',
  urgency: 'medium',
  category: 'application/fault',
  title: 'SCADA 画面刷新延迟',
  description: 'Workstation 3 refreshes 30 s late',
  reporter: {
    name: '周欣',
    phone: '0571-8888 1234',
    userRef: 'user:default/zhou.xin',
  },
  channel: 'phone',
  entityRef: 'component:default/ems-scada',
  ...extra,
});

/** One step of an imported history: minutes after acceptance, who, the action and its input. */
export type HistoryStep = [number, string, string, object?];

/**
 * A `POST /import` record on ems-scada accepted by the agent li.na, with its history minute by
 * minute from its acceptance: the hand-computed scorecard cases are written this way.
 */
export function importedTicket(
  externalId: string,
  acceptedAt: string,
  steps: HistoryStep[],
  extra: object = {},
) {
  const t0 = Date.parse(acceptedAt);
  return {
    externalId,
    kind: 'incident',
    impact: 'medium',
    urgency: 'medium',
    category: 'application/fault',
    title: externalId,
    description: 'hand-computed scorecard case',
    reporter: { name: '周欣' },
    channel: 'phone',
    entityRef: 'component:default/ems-scada',
    acceptedAt,
    acceptedBy: 'user:default/li.na',
    events: steps.map(([minute, actorRef, action, input]) => ({
      action,
      actorRef,
      at: new Date(t0 + minute * 60_000).toISOString(),
      ...input,
    })),
    ...extra,
  };
}
