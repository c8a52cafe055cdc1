import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  ActionRequest,
  CreateTicketInput,
  DeskRole,
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
  emergency?: boolean;
  q?: string;
  from?: string;
  to?: string;
  /** newest first by default; the callback queue works oldest first. */
  order?: 'newest' | 'oldest';
  limit?: number;
  cursor?: string;
}

/** A shift of §8.6 with the people who hold it. */
export interface RosterShift {
  kind: 'desk' | 'duty';
  start: string;
  end: string;
  people: string[];
}

export interface ServiceDeskApi {
  getCallsToday(): Promise<{ answered: number; inTime: number; answerSeconds: number; rate?: number }>;
  getRosterNow(): Promise<{ current: RosterShift; next: RosterShift }>;
  getMe(): Promise<{ userRef: string; roles: DeskRole[] }>;
  listTickets(query: TicketListQuery): Promise<TicketPage>;
  getTicket(id: string): Promise<TicketWithHistory & { allowedActions: TicketAction[] }>;
  createTicket(input: CreateTicketInput): Promise<Ticket>;
  act(id: string, request: ActionRequest): Promise<Ticket>;
  previewRouting(entityRef: string): Promise<RoutingDecision>;
}

export const serviceDeskApiRef = createApiRef<ServiceDeskApi>({
  id: 'plugin.service-desk.api',
});
