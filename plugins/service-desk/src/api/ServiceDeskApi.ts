import { createApiRef } from '@backstage/frontend-plugin-api';
import { MeApi } from '@internal/plugin-service-desk-react';
import {
  ActionRequest,
  Alert,
  AlertDeadLetter,
  CreateTicketInput,
  RosterChange,
  RosterChangeInput,
  RosterDecisionInput,
  RosterNow,
  RosterPlanInput,
  RosterView,
  RoutingDecision,
  Ticket,
  TicketAction,
  TicketPage,
  TicketWithHistory,
} from '@internal/plugin-service-desk-common';

/** Query of the ticket list; arrays mean "any of". */
export interface TicketListQuery {
  state?: string[];
  kind?: string[];
  priority?: string;
  entityRef?: string;
  assigneeRef?: string;
  involving?: string;
  /** `me`: what waits on the signed-in user. */
  waitingOn?: 'me';
  emergency?: boolean;
  q?: string;
  from?: string;
  to?: string;
  /** newest first by default; the callback queue works oldest first; 'deadline' by SLA time left. */
  order?: 'newest' | 'oldest' | 'deadline';
  limit?: number;
  cursor?: string;
}

export interface ServiceDeskApi extends MeApi {
  getCallsToday(): Promise<{
    answered: number;
    inTime: number;
    answerSeconds: number;
    rate?: number;
  }>;
  getRosterNow(): Promise<RosterNow>;
  /** The roster of the local dates from..to (yyyy-MM-dd, at most 62 days). */
  getRoster(from: string, to: string): Promise<RosterView>;
  planRoster(input: RosterPlanInput): Promise<RosterView>;
  requestRosterChange(input: RosterChangeInput): Promise<RosterChange>;
  /** Every change waiting for the manager's decision, oldest first, whatever its date. */
  listPendingRosterChanges(): Promise<{ items: RosterChange[] }>;
  decideRosterChange(
    id: string,
    decision: RosterDecisionInput,
  ): Promise<RosterChange>;
  listTickets(query: TicketListQuery): Promise<TicketPage>;
  getTicket(
    id: string,
  ): Promise<TicketWithHistory & { allowedActions: TicketAction[] }>;
  createTicket(input: CreateTicketInput): Promise<Ticket>;
  act(id: string, request: ActionRequest): Promise<Ticket>;
  previewRouting(entityRef: string): Promise<RoutingDecision>;
  /** The monitoring alerts that opened or joined a ticket. */
  listTicketAlerts(id: string): Promise<{ items: Alert[] }>;
  /** The latest alerts the backend refused, newest first: for the desk and managers. */
  listAlertDeadLetters(): Promise<{ items: AlertDeadLetter[] }>;
}

export const serviceDeskApiRef = createApiRef<ServiceDeskApi>({
  id: 'plugin.service-desk.api',
});
