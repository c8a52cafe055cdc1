import { ConflictError, InputError } from '@backstage/errors';
import {
  assessmentCreatePermission,
  newAssessmentEntrySchema,
  scorecardReadPermission,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import { z } from 'zod';
import { AssessmentStore } from '../database/AssessmentStore';
import { TicketStore } from '../database/TicketStore';
import { createRequestContext, parse } from './requestContext';

const listQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/**
 * Assessment items (SPEC §7): managers record them; corrections are new entries that void an
 * earlier one, so nothing recorded is ever changed or lost.
 */
export function addAssessmentRoutes(
  router: express.Router,
  deps: {
    entries: AssessmentStore;
    tickets: TicketStore;
    context: ReturnType<typeof createRequestContext>;
    now?: () => Date;
  },
) {
  const { entries, tickets, context } = deps;

  router.get('/assessment-entries', async (req, res) => {
    const { credentials } = await context.actorOf(req);
    await context.require(
      scorecardReadPermission,
      credentials,
      'you may not read assessments',
    );
    const q = parse(listQuery, req.query);
    res.json({
      items: await entries.list({
        from: q.from ? Date.parse(q.from) : undefined,
        to: q.to ? Date.parse(q.to) : undefined,
      }),
    });
  });

  router.post('/assessment-entries', async (req, res) => {
    const { actor, credentials } = await context.actorOf(req);
    await context.require(
      assessmentCreatePermission,
      credentials,
      'only managers record assessment items',
    );
    const input = parse(newAssessmentEntrySchema, req.body);
    if (input.ticketId && !(await tickets.getTicket(input.ticketId))) {
      throw new InputError(`ticketId: no ticket ${input.ticketId}`);
    }
    if (input.voidsId) {
      const [voided] = await entries.list({ ids: [input.voidsId] });
      if (!voided) throw new InputError(`voidsId: no entry ${input.voidsId}`);
      if (voided.voidedById) {
        throw new ConflictError(
          `entry ${input.voidsId} was already voided by entry ${voided.voidedById}`,
        );
      }
    }
    const entry = await context.audited(
      req,
      'assessment-entry',
      { kind: input.kind },
      () =>
        entries
          .add(
            { ...input, recordedBy: actor.userRef },
            (deps.now ?? (() => new Date()))(),
          )
          .catch(error => {
            if (/unique|duplicate/i.test(String(error?.message))) {
              throw new ConflictError(
                `entry ${input.voidsId} was voided by someone else just now`,
              );
            }
            throw error;
          }),
    );
    res.status(201).json(entry);
  });
}
