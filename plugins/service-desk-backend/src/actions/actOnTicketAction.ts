import { actionSchema } from '@internal/plugin-service-desk-common';
import { parse } from '../http/requestContext';
import { ActionDeps, ticketIdInput, ticketOutput } from './shared';
import { fromZod4 } from './zod3';

const actOnTicketInput = actionSchema.extend(ticketIdInput.shape);

export function registerActOnTicketAction({
  actionsRegistry,
  tickets,
  context,
}: ActionDeps) {
  actionsRegistry.register({
    name: 'act-on-ticket',
    title: 'Take a lifecycle action on a service desk ticket',
    description:
      'Dispatches, assigns, resolves, confirms, calls back, closes or comments on a ticket, as ' +
      'the caller. Read the ticket first: allowedActions says what the caller may do, and ' +
      'version must be the version read (a stale one is refused as a conflict). assign and ' +
      'assign_tech_support need assigneeRef, resolve needs resolution, callback needs rating. ' +
      'On an emergency, notify needs notifiedWhom (whom the desk told; a dispatch alone is not ' +
      'a notification) and set_occurred_at needs occurredAt and the reason as comment.',
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z => fromZod4(z, actOnTicketInput),
      output: z => z.object({ ticket: ticketOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const caller = await context.callerFor(credentials);
      const { ticketId, ...request } = parse(actOnTicketInput, input);
      const ticket = await tickets.act(caller, ticketId, request);
      return { output: { ticket: { ...ticket } } };
    },
  });
}
