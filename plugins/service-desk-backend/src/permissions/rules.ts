import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  TICKET_RESOURCE_TYPE,
  TICKET_RULES,
  Ticket,
  TicketRuleParams,
} from '@internal/plugin-service-desk-common';
import { z } from 'zod';
import { TicketQuery } from '../database/TicketStore';

/** A ticket as permission rules see it: with everyone who took part in it. */
export type TicketResource = Ticket & { participants: string[] };

export const ticketResourceRef = createPermissionResourceRef<
  TicketResource,
  TicketQuery
>().with({ pluginId: 'service-desk', resourceType: TICKET_RESOURCE_TYPE });

/** The user reported the ticket, was routed it, held it or acted on it. */
export const isParticipant = createPermissionRule({
  name: TICKET_RULES.isParticipant,
  description:
    'Allow tickets that the user reported, was routed, was assigned or acted on',
  resourceRef: ticketResourceRef,
  paramsSchema: z.object({
    userRef: z
      .string()
      .describe('User entity ref, e.g. user:default/zhang.wei'),
  }) satisfies z.ZodType<TicketRuleParams[typeof TICKET_RULES.isParticipant]>,
  apply: (ticket, { userRef }) =>
    ticket.participants.includes(userRef.toLocaleLowerCase('en-US')),
  toQuery: ({ userRef }) => ({
    participant: userRef.toLocaleLowerCase('en-US'),
  }),
});

export const ticketPermissionRules = [isParticipant];
