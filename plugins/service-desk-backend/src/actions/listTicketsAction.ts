import { listQuerySchema } from '@internal/plugin-service-desk-common';
import { parse } from '../http/requestContext';
import { ActionDeps, ticketOutput } from './shared';
import { fromZod4 } from './zod3';

export function registerListTicketsAction({
  actionsRegistry,
  tickets,
  context,
}: ActionDeps) {
  actionsRegistry.register({
    name: 'list-tickets',
    title: 'List service desk tickets',
    description:
      'Lists the tickets the caller may see, newest first, with the filters of GET /tickets: ' +
      'state, kind, entityRef, assigneeRef, involving (a user ref: their tickets), waitingOn ' +
      "('me': tickets whose next step waits on the caller), emergency " +
      "('true' or 'false'), priority, q (text in title, description or id), from/to (accepted " +
      'at, ISO 8601), order, limit, and cursor (nextCursor of the previous page).',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => fromZod4(z, listQuerySchema),
      output: z =>
        z.object({
          items: z.array(ticketOutput(z)),
          totalCount: z.number(),
          nextCursor: z.string().optional(),
        }),
    },
    action: async ({ input, credentials }) => {
      const caller = await context.callerFor(credentials);
      const page = await tickets.list(caller, parse(listQuerySchema, input));
      return { output: { ...page, items: page.items.map(t => ({ ...t })) } };
    },
  });
}
