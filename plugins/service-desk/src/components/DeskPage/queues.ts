import { OPEN_STATES } from '@internal/plugin-service-desk-common';
import { TicketListQuery } from '../../api/ServiceDeskApi';

export const QUEUES = [
  'new',
  'mine',
  'withPm',
  'withTechSupport',
  'awaitingCallback',
  'emergencies',
  'closed',
  'all',
] as const;
export type Queue = (typeof QUEUES)[number];

/** The tickets a queue holds for the signed-in user. */
export function queueQuery(queue: Queue): TicketListQuery {
  switch (queue) {
    case 'new':
      return { state: ['new'] };
    case 'mine':
      // What waits on me now (see waitingOn in service-desk-common); closed ones have their view.
      return { waitingOn: 'me' };
    case 'withPm':
      return { state: ['with_pm'] };
    case 'withTechSupport':
      return { state: ['with_tech_support'] };
    case 'awaitingCallback':
      // The lead calls back the longest-waiting first (§5(5)).
      return { state: ['awaiting_callback'], order: 'oldest' };
    case 'emergencies':
      return { emergency: true, state: [...OPEN_STATES] };
    case 'closed':
      return { state: ['closed'] };
    default:
      return {};
  }
}
