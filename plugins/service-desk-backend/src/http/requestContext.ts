import {
  AuditorService,
  AuthService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  Actor,
  RoleMembership,
  describeZodError,
  normalizeEntityRef,
  resolveRoles,
} from '@internal/plugin-service-desk-common';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';
import { z } from 'zod';
import { DecisionCache } from '../permissions/decisionCache';

/** Validates a body or query; a failure is a 400 naming each offending field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(describeZodError(result.error));
  return result.data;
}

/**
 * Who a credential stands for, as recorded with what it writes (SPEC §9): a user's entity ref,
 * or a service principal's subject (e.g. external:telephone-system).
 */
export function principalOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef)
    return normalizeEntityRef(principal.userEntityRef);
  if (principal.type === 'service' && principal.subject)
    return principal.subject;
  return principal.type ?? 'unknown';
}

/** Who is acting: the signed-in user with their desk roles, and the HTTP request when there is one. */
export interface Caller {
  actor: Actor;
  credentials: BackstageCredentials;
  /** For the audit log; absent when the call came through the actions registry. */
  request?: Request;
}

export type RequestContext = ReturnType<typeof createRequestContext>;

/** Who is calling, permission checks and auditing, shared by the plugin's routers and actions. */
export function createRequestContext(deps: {
  auth: AuthService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  auditor: AuditorService;
  roles: RoleMembership;
  /** Decisions kept briefly per caller (none when absent), shared with the ticket checks. */
  decisions?: DecisionCache;
}) {
  /** The one way both doors, HTTP and actions, turn credentials into an actor with desk roles. */
  async function callerFor(credentials: BackstageCredentials): Promise<Caller> {
    // Tickets are opened and acted on by people: lifecycle rules and history need a user.
    if (!deps.auth.isPrincipal(credentials, 'user')) {
      throw new NotAllowedError(
        'the service desk acts for a signed-in user; call it with a user token',
      );
    }
    const info = await deps.userInfo.getUserInfo(credentials);
    return {
      credentials,
      actor: {
        userRef: normalizeEntityRef(info.userEntityRef),
        roles: resolveRoles(info.ownershipEntityRefs, deps.roles),
      },
    };
  }

  async function actorOf(req: Request): Promise<Caller> {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    return { ...(await callerFor(credentials)), request: req };
  }

  async function require(
    permission: BasicPermission,
    credentials: BackstageCredentials,
    refusal: string,
  ) {
    const ask = async () =>
      (await deps.permissions.authorize([{ permission }], { credentials }))[0];
    const decision = deps.decisions
      ? await deps.decisions.get(
          DecisionCache.keyOf(credentials, permission.name),
          ask,
        )
      : await ask();
    if (decision.result !== AuthorizeResult.ALLOW)
      throw new NotAllowedError(refusal);
  }

  async function audited<T>(
    req: Request | undefined,
    eventId: string,
    meta: JsonObject,
    fn: () => Promise<T>,
  ): Promise<T> {
    const event = await deps.auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await fn();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  return { actorOf, callerFor, require, audited };
}
