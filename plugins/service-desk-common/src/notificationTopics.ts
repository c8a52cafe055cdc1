/**
 * One stable topic per kind of desk notification. The backend sends with them and the portal's
 * notification settings name them, so people can turn a kind off; renaming one would silently
 * turn a muted kind back on.
 */
export const NOTIFICATION_TOPICS = {
  dispatched: 'service-desk-dispatched',
  assigned: 'service-desk-assigned',
  returned: 'service-desk-returned',
  resolved: 'service-desk-resolved',
  pmConfirmed: 'service-desk-pm-confirmed',
  closed: 'service-desk-closed',
  emergency: 'service-desk-emergency',
  slaWarning: 'service-desk-sla',
  rosterChange: 'service-desk-roster',
  periodClose: 'service-desk-period-close',
  appeal: 'service-desk-appeal',
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_TOPICS;

/** The origin the notifications backend records for what the desk's backend plugin sends. */
export const NOTIFICATION_ORIGIN = 'plugin:service-desk';
