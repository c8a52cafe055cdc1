import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { AssessmentService } from '../assessment/AssessmentService';
import { CallService } from '../calls/CallService';
import { RosterService } from '../roster/RosterService';
import { ScorecardService } from '../scorecard/ScorecardService';
import { TicketOperations } from '../tickets/TicketOperations';
import { TicketService } from '../tickets/TicketService';
import { AppealService } from '../appeals/AppealService';
import { PeriodCloseService } from '../periodClose/PeriodCloseService';
import { AlertService } from '../alerts/AlertService';
import { addAlertRoutes } from './alertRoutes';
import { addAppealRoutes } from './appealRoutes';
import { addAssessmentRoutes } from './assessmentRoutes';
import { jsonBody } from './bodyLimits';
import { addCallRoutes } from './callRoutes';
import {
  databaseUnavailableHandler,
  internalErrorHandler,
  requestId,
} from './errorHandlers';
import { addPeriodCloseRoutes } from './periodCloseRoutes';
import { RequestContext } from './requestContext';
import { addRosterRoutes } from './rosterRoutes';
import { addScorecardRoutes } from './scorecardRoutes';
import { addTicketRoutes } from './ticketRoutes';

export interface RouterOptions {
  service: TicketService;
  /** The ticket operations with their permission checks, shared with the actions. */
  tickets: TicketOperations;
  context: RequestContext;
  entries: AssessmentService;
  scorecards: ScorecardService;
  periods: PeriodCloseService;
  appeals: AppealService;
  /** Catalog names of people, for what the API writes out (the annual form). */
  names: (refs: string[]) => Promise<ReadonlyMap<string, string>>;
  calls: CallService;
  alerts: AlertService;
  roster: RosterService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}

/** The HTTP API: each area's routes between the request middleware and the error handlers. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { context, httpAuth } = options;
  const router = Router();
  router.use(requestId);
  router.use(jsonBody);

  addTicketRoutes(router, {
    tickets: options.tickets,
    service: options.service,
    context,
    httpAuth,
  });
  addAssessmentRoutes(router, { entries: options.entries, context });
  addScorecardRoutes(router, {
    scorecards: options.scorecards,
    periods: options.periods,
    context,
    names: options.names,
  });
  addPeriodCloseRoutes(router, { periods: options.periods, context });
  addAppealRoutes(router, { appeals: options.appeals, context });
  addRosterRoutes(router, { roster: options.roster, context });
  addCallRoutes(router, { calls: options.calls, context, httpAuth });
  addAlertRoutes(router, { alerts: options.alerts, context, httpAuth });
  // Last, so they see the errors of every route above: an unreachable database is a 503, and
  // any error that is not an HTTP error a plain 500 with the request's id (the detail is logged).
  router.use(databaseUnavailableHandler(options.logger));
  router.use(internalErrorHandler(options.logger));

  return router;
}
