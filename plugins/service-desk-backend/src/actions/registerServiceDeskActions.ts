import { registerActOnTicketAction } from './actOnTicketAction';
import { registerGetTicketAction } from './getTicketAction';
import { registerListTicketsAction } from './listTicketsAction';
import { registerOpenTicketAction } from './openTicketAction';
import { registerReadScorecardAction } from './readScorecardAction';
import { ActionDeps } from './shared';

/**
 * Offers the desk's main operations to assistants and automation through Backstage's actions
 * registry (and so over MCP), as the calling user, with the HTTP API's permission checks.
 */
export function registerServiceDeskActions(deps: ActionDeps) {
  registerOpenTicketAction(deps);
  registerListTicketsAction(deps);
  registerGetTicketAction(deps);
  registerActOnTicketAction(deps);
  registerReadScorecardAction(deps);
}
