import type { Config } from '@backstage/config';
import { DESK_STAFF } from './lifecycle';
import { DESK_ROLES, DeskRole } from './types';

/** Role → the catalog groups (or single users) whose members hold it, from app-config. */
export type RoleMembership = Partial<Record<DeskRole, string[]>>;

/**
 * Role → groups, from `serviceDesk.roles`: read by the backend plugin and by the permission
 * policy module, which are installed apart and must read the same roles.
 */
export function readRoleMembership(root: Config): RoleMembership {
  const roles: RoleMembership = {};
  for (const role of DESK_ROLES) {
    roles[role] =
      root.getOptionalStringArray(`serviceDesk.roles.${role}`) ?? [];
  }
  return roles;
}

/**
 * The desk roles of a user, from the entity refs they own (their user ref and the groups they
 * belong to, as Backstage's sign-in resolvers put them in the identity).
 */
export function resolveRoles(
  ownershipEntityRefs: readonly string[],
  membership: RoleMembership,
): Set<DeskRole> {
  const owned = new Set(
    ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
  );
  const roles = new Set<DeskRole>();
  for (const role of DESK_ROLES) {
    const refs = membership[role] ?? [];
    if (refs.some(ref => owned.has(ref.toLocaleLowerCase('en-US')))) {
      roles.add(role);
    }
  }
  return roles;
}

/** Roles that see every ticket (SPEC §1: the desk works all of them, managers read all). */
export const SEES_ALL_TICKETS: readonly DeskRole[] = [...DESK_STAFF, 'manager'];
