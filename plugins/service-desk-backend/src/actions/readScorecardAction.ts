import { LINES_PER_ITEM } from '@internal/plugin-service-desk-common';
import { parse } from '../http/requestContext';
import { periodQuery, requireScorecardReader } from '../http/scorecardRoutes';
import { ActionDeps } from './shared';
import { fromZod4 } from './zod3';

export function registerReadScorecardAction({
  actionsRegistry,
  context,
  periods,
}: ActionDeps) {
  actionsRegistry.register({
    name: 'read-scorecard',
    title: 'Read the service desk scorecard',
    description:
      "The desk's statistics, service levels and scores for a period, as on the scorecard page: " +
      'kind is cycle (21st to 20th, named by the month it ends in), month, quarter, half or ' +
      'year; period is like 2026, 2026-11, 2026-Q4 or 2026-H2. For the desk and managers.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => fromZod4(z, periodQuery),
      output: z => z.object({ report: z.object({}).passthrough() }),
    },
    action: async ({ input, credentials }) => {
      const caller = await context.callerFor(credentials);
      await requireScorecardReader(context, caller.credentials);
      const { kind, period } = parse(periodQuery, input);
      return {
        output: {
          report: {
            ...(await periods.report(kind, period, {
              linesPerItem: LINES_PER_ITEM,
            })),
          },
        },
      };
    },
  });
}
