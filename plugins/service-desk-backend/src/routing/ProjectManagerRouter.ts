import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  RoleMembership,
  RoutingDecision,
  RoutingSource,
  normalizeEntityRef,
  resolveRoles,
  DeskRole,
} from '@internal/plugin-service-desk-common';
import { CatalogCache } from '../catalog/CatalogCache';
import { ServiceDeskConfig } from '../config';

/**
 * Finds the project manager responsible for a catalog entity (SPEC §4): the entity's PM
 * annotation, then its system's, then its domain's, then the PM configured for its owner group,
 * and finally the desk lead with a warning, so that no ticket is ever unrouted.
 */
export class ProjectManagerRouter {
  constructor(
    private readonly entities: CatalogCache,
    private readonly config: ServiceDeskConfig,
  ) {}

  async route(entityRef: string): Promise<RoutingDecision> {
    const entity = await this.entities.getEntity(entityRef);
    if (!entity) {
      throw new InputError(`entityRef: no catalog entity ${entityRef}`);
    }
    const ref = normalizeEntityRef(stringifyEntityRef(entity));
    const owner = ownerOf(entity);
    const kind = entity.kind.toLocaleLowerCase('en-US');
    const systemRef = refIn(entity.spec?.system, 'system');
    let domainRef =
      kind === 'system' ? refIn(entity.spec?.domain, 'domain') : undefined;
    // What the entity names is read in one request, even when its own PM makes the system
    // unneeded: the owner group is read anyway (its members are the engineers).
    const named = await this.entities.getEntities(
      [systemRef, domainRef, owner].filter(isDefined),
    );
    const engineers = owner ? membersIn(named.get(owner)) : [];
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

    if (systemRef) {
      const system = named.get(systemRef);
      const pm = system && this.annotatedPm(system);
      if (pm) return decide(pm, 'system_annotation', systemRef);
      domainRef = domainRef ?? refIn(system?.spec?.domain, 'domain');
    }
    if (domainRef) {
      const domain = named.has(domainRef)
        ? named.get(domainRef)
        : await this.entities.getEntity(domainRef);
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
    return membersIn(await this.entities.getEntity(groupRef));
  }

  /** Whether the catalog knows the user (the reporter the desk names, say). */
  async isUser(userRef: string): Promise<boolean> {
    return Boolean(await this.entities.getEntity(userRef));
  }

  /** The desk roles of any catalog user (the receiver of an assignment, say). */
  async rolesOf(
    userRef: string,
    membership: RoleMembership,
  ): Promise<Set<DeskRole>> {
    const user = await this.entities.getEntity(userRef);
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

function membersIn(group: Entity | undefined): string[] {
  return (group?.relations ?? [])
    .filter(r => r.type === RELATION_HAS_MEMBER)
    .map(r => normalizeEntityRef(r.targetRef))
    .sort();
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
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
