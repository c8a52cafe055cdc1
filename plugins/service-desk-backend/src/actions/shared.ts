import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { z as zod4 } from 'zod';
import { z as zod3 } from 'zod/v3';
import { RequestContext } from '../http/requestContext';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { TicketOperations } from '../tickets/TicketOperations';

/** What the actions use: the same operations, context and scorecards as the HTTP API. */
export interface ActionDeps {
  actionsRegistry: ActionsRegistryService;
  tickets: TicketOperations;
  context: RequestContext;
  /** Scorecards as the page shows them: a sealed period as sealed. */
  periods: Pick<PeriodCloseService, 'report'>;
}

/**
 * A ticket as the actions return it: the fields an assistant needs named, the rest passed on.
 * (Outputs are spread into plain objects: TypeScript lets an interface such as Ticket fill the
 * index signature of a passthrough object only as an object literal.)
 */
export const ticketOutput = (z: typeof zod3) =>
  z
    .object({
      id: z.string().describe('The ticket id the other actions take'),
      displayId: z.string().describe('The id people use, e.g. SD-202611-00042'),
      state: z.string(),
      version: z
        .number()
        .describe(
          'Pass it to act-on-ticket: an action on a stale version is refused',
        ),
      title: z.string(),
    })
    .passthrough();

/** The input naming a ticket; act-on-ticket extends it with the action. */
export const ticketIdInput = zod4
  .object({
    ticketId: zod4
      .string()
      .min(1)
      .describe(
        'The ticket id (the `id` field of list-tickets, not the SD-… display id)',
      ),
  })
  .strict();
