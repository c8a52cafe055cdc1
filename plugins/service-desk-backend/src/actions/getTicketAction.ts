import { parse } from '../http/requestContext';
import { ActionDeps, ticketIdInput, ticketOutput } from './shared';
import { fromZod4 } from './zod3';

export function registerGetTicketAction({
  actionsRegistry,
  tickets,
  context,
}: ActionDeps) {
  actionsRegistry.register({
    name: 'get-ticket',
    title: 'Read a service desk ticket',
    description:
      'A ticket with its history and the lifecycle actions the caller may take on it now ' +
      '(allowedActions). A ticket the caller may not see is reported as not found.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => fromZod4(z, ticketIdInput),
      output: z =>
        z.object({
          ticket: ticketOutput(z).extend({
            events: z.array(z.object({}).passthrough()),
            allowedActions: z.array(z.string()),
          }),
        }),
    },
    action: async ({ input, credentials }) => {
      const caller = await context.callerFor(credentials);
      const ticket = await tickets.read(
        caller,
        parse(ticketIdInput, input).ticketId,
      );
      return {
        output: {
          ticket: { ...ticket, events: ticket.events.map(e => ({ ...e })) },
        },
      };
    },
  });
}
