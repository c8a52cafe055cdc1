import { createTicketSchema } from '@internal/plugin-service-desk-common';
import { parse } from '../http/requestContext';
import { ActionDeps, ticketOutput } from './shared';
import { fromZod4 } from './zod3';

export function registerOpenTicketAction({
  actionsRegistry,
  tickets,
  context,
}: ActionDeps) {
  actionsRegistry.register({
    name: 'open-ticket',
    title: 'Open a service desk ticket',
    description:
      'Records a new ticket, routed to the project manager of the catalog entity it concerns. ' +
      'The desk may record any channel and reporter; anyone else only reports for themselves ' +
      "with channel 'portal'. impact × urgency must be in the configured priority matrix, and " +
      'category a configured category path such as application/fault.',
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z => fromZod4(z, createTicketSchema),
      output: z => z.object({ ticket: ticketOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const caller = await context.callerFor(credentials);
      const ticket = await tickets.open(
        caller,
        parse(createTicketSchema, input),
      );
      return { output: { ticket: { ...ticket } } };
    },
  });
}
