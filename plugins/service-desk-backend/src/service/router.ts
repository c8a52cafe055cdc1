import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  RoleMembership,
  Ticket,
  actionSchema,
  createTicketSchema,
  importBatchSchema,
  listQuerySchema,
  normalizeEntityRef,
  ticketCreatePermission,
  ticketImportPermission,
  ticketReadPermission,
  ticketUpdatePermission,
  entityRefSchema,
} from '@internal/plugin-service-desk-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { createRequestContext, parse } from './requestContext';
import { TicketStore } from '../database/TicketStore';
import { TicketResource, ticketResourceRef } from '../permissions/rules';
import { TicketService } from './TicketService';
import { AssessmentStore } from '../database/AssessmentStore';
import { addAssessmentRoutes } from './assessmentRoutes';
import { addScorecardRoutes } from './scorecardRoutes';
import { addCallRoutes } from './callRoutes';
import { addRosterRoutes } from './rosterRoutes';
import { EmergencyAlerts } from './EmergencyAlerts';
import { ServiceDeskConfig } from '../config';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';
import { CallStore } from '../database/CallStore';
import { ScorecardService } from './ScorecardService';

export interface RouterOptions {
  service: TicketService;
  store: TicketStore;
  entries: AssessmentStore;
  scorecards: ScorecardService;
  calls: CallStore;
  config: ServiceDeskConfig;
  catalogRouter: ProjectManagerRouter;
  alerts: EmergencyAlerts;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  auditor: AuditorService;
  roles: RoleMembership;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { service, store, httpAuth, permissions } = options;
  const ruleset = options.permissionsRegistry.getPermissionRuleset(ticketResourceRef);
  const toFilter = createConditionTransformer(ruleset);
  const isAllowed = createConditionAuthorizer(ruleset);

  const context = createRequestContext(options);
  const { actorOf, require, audited } = context;
  const router = Router();
  router.use(express.json({ limit: '2mb' }));

  /** Loads a ticket the caller may see under `permission`; 404 for one they may not. */
  async function visibleTicket(
    id: string,
    credentials: BackstageCredentials,
    permission: typeof ticketReadPermission | typeof ticketUpdatePermission,
  ): Promise<Ticket> {
    const ticket = await service.get(id);
    const [decision] = await permissions.authorizeConditional([{ permission }], { credentials });
    if (decision.result === AuthorizeResult.ALLOW) return ticket;
    const resource: TicketResource = {
      ...ticket,
      participants: await store.getParticipants(ticket.id),
    };
    if (isAllowed(decision as PolicyDecision, resource)) return ticket;
    if (permission === ticketUpdatePermission) {
      const [read] = await permissions.authorizeConditional(
        [{ permission: ticketReadPermission }],
        { credentials },
      );
      if (isAllowed(read as PolicyDecision, resource)) {
        throw new NotAllowedError(`you may not act on ticket ${ticket.displayId}`);
      }
    }
    throw new NotFoundError(`no ticket ${id}`);
  }

  router.get('/me', async (req, res) => {
    const { actor } = await actorOf(req);
    res.json({ userRef: actor.userRef, roles: [...actor.roles] });
  });

  router.get('/routing', async (req, res) => {
    await actorOf(req);
    const entityRef = parse(z.object({ entityRef: entityRefSchema }).strict(), req.query).entityRef;
    res.json(await service.previewRouting(entityRef));
  });

  router.get('/tickets', async (req, res) => {
    const { credentials } = await actorOf(req);
    const query = parse(listQuerySchema, req.query);
    const normalized = {
      ...query,
      entityRef: query.entityRef && normalizeEntityRef(query.entityRef),
      assigneeRef: query.assigneeRef && normalizeEntityRef(query.assigneeRef),
      involving: query.involving && normalizeEntityRef(query.involving),
    };
    const [decision] = await permissions.authorizeConditional(
      [{ permission: ticketReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      res.json({ items: [], totalCount: 0 });
      return;
    }
    const filter =
      decision.result === AuthorizeResult.CONDITIONAL
        ? toFilter(decision.conditions)
        : undefined;
    res.json(await store.listTickets(normalized, filter));
  });

  router.post('/tickets', async (req, res) => {
    const { actor, credentials } = await actorOf(req);
    const input = parse(createTicketSchema, req.body);
    await require(ticketCreatePermission, credentials, 'you may not open tickets');
    const ticket = await audited(req, 'ticket-create', { entityRef: input.entityRef }, () =>
      service.create(input, actor),
    );
    if (ticket.emergency) await options.alerts.newEmergency(ticket);
    res.status(201).json(ticket);
  });

  router.get('/tickets/:id', async (req, res) => {
    const { actor, credentials } = await actorOf(req);
    const ticket = await visibleTicket(req.params.id, credentials, ticketReadPermission);
    res.json(await service.withHistory(ticket, actor));
  });

  router.post('/tickets/:id/actions', async (req, res) => {
    const { actor, credentials } = await actorOf(req);
    const request = parse(actionSchema, req.body);
    const ticket = await visibleTicket(req.params.id, credentials, ticketUpdatePermission);
    const updated = await audited(
      req,
      'ticket-action',
      { ticket: ticket.displayId, action: request.action, version: request.version },
      () => service.act(ticket, request, actor),
    );
    res.json(updated);
  });

  router.post('/import', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user', 'service'] });
    await require(ticketImportPermission, credentials, 'only the desk lead and managers import tickets');
    const { tickets } = parse(importBatchSchema, req.body);
    const result = await audited(req, 'ticket-import', { count: tickets.length }, () =>
      service.import(tickets),
    );
    res.status(result.imported.length ? 201 : 200).json(result);
  });

  addAssessmentRoutes(router, { entries: options.entries, tickets: store, context });
  addScorecardRoutes(router, { scorecards: options.scorecards, context });
  addRosterRoutes(router, { config: options.config, catalog: options.catalogRouter, context });
  addCallRoutes(router, { calls: options.calls, tickets: store, scorecards: options.scorecards, context, httpAuth });

  return router;
}
