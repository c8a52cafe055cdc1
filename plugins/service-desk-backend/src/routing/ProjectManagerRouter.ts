import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  RoleMembership,
  RoutingDecision,
  RoutingSource,
  normalizeEntityRef,
  resolveRoles,
  DeskRole,
} from '@internal/plugin-service-desk-common';
import { ServiceDeskConfig } from '../config';

/**
 * Finds the project manager responsible for a catalog entity (SPEC §4): the entity's PM
 * annotation, then its system's, then its domain's, then the PM configured for its owner group,
 * and finally the desk lead with a warning, so that no ticket is ever unrouted.
 */
export class ProjectManagerRouter {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly config: ServiceDeskConfig,
  ) {}

  async route(entityRef: string): Promise<RoutingDecision> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new InputError(`entityRef: no catalog entity ${entityRef}`);
    }
    const ref = normalizeEntityRef(stringifyEntityRef(entity));
    const owner = ownerOf(entity);
    const engineers = owner ? await this.membersOf(owner) : [];
    const decide = (
      projectManagerRef: string,
      source: RoutingSource,
      decidedBy?: string,
      warning?: string,
    ): RoutingDecision => ({
      entityRef: ref,
      projectManagerRef,
      source,
      decidedBy,
      warning,
      engineers,
    });

    const own = this.annotatedPm(entity);
    if (own) return decide(own, 'entity_annotation');

    const kind = entity.kind.toLocaleLowerCase('en-US');
    let domainRef =
      kind === 'system' ? refIn(entity.spec?.domain, 'domain') : undefined;
    const systemRef = refIn(entity.spec?.system, 'system');
    if (systemRef) {
      const system = await this.catalog.getEntityByRef(systemRef, {
        credentials,
      });
      const pm = system && this.annotatedPm(system);
      if (pm) return decide(pm, 'system_annotation', systemRef);
      domainRef = domainRef ?? refIn(system?.spec?.domain, 'domain');
    }
    if (domainRef) {
      const domain = await this.catalog.getEntityByRef(domainRef, {
        credentials,
      });
      const pm = domain && this.annotatedPm(domain);
      if (pm) return decide(pm, 'domain_annotation', domainRef);
    }
    const ownerPm = owner && this.config.routing.ownerProjectManagers[owner];
    if (ownerPm) return decide(ownerPm, 'owner_group', owner);

    return decide(
      this.config.routing.fallbackProjectManager,
      'fallback_lead',
      undefined,
      `No project manager is named for ${ref}, its system, its domain or its owner; the desk lead receives it.`,
    );
  }

  /** Members of a group, from the group's hasMember relations in the catalog. */
  async membersOf(groupRef: string): Promise<string[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const group = await this.catalog.getEntityByRef(groupRef, { credentials });
    return (group?.relations ?? [])
      .filter(r => r.type === RELATION_HAS_MEMBER)
      .map(r => normalizeEntityRef(r.targetRef))
      .sort();
  }

  /** Whether the catalog knows the user (the reporter the desk names, say). */
  async isUser(userRef: string): Promise<boolean> {
    const credentials = await this.auth.getOwnServiceCredentials();
    return Boolean(await this.catalog.getEntityByRef(userRef, { credentials }));
  }

  /** The desk roles of any catalog user (the receiver of an assignment, say). */
  async rolesOf(
    userRef: string,
    membership: RoleMembership,
  ): Promise<Set<DeskRole>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const user = await this.catalog.getEntityByRef(userRef, { credentials });
    if (!user) return new Set();
    const groups = (user.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef);
    return resolveRoles([userRef, ...groups], membership);
  }

  private annotatedPm(entity: Entity): string | undefined {
    const value = entity.metadata.annotations?.[this.config.routing.annotation];
    if (!value) return undefined;
    try {
      return normalizeEntityRef(value, { defaultKind: 'user' });
    } catch {
      return undefined;
    }
  }
}

function ownerOf(entity: Entity): string | undefined {
  return refIn(entity.spec?.owner, 'group');
}

function refIn(value: unknown, defaultKind: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return normalizeEntityRef(
      stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      ),
    );
  } catch {
    return undefined;
  }
}
