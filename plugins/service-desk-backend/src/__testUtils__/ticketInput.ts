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
