import { Actor } from '../lifecycle';
import { DeskRole } from '../types';

/** The people the lifecycle and waiting-on tests act as. */
export const PM = 'user:default/pm';
export const ENG = 'user:default/eng';

export const actor = (userRef: string, ...roles: DeskRole[]): Actor => ({
  userRef,
  roles: new Set(roles),
});

export const agent = actor('user:default/agent', 'agent');
export const duty = actor('user:default/duty', 'dutyOfficer');
export const lead = actor('user:default/lead', 'lead');
export const pm = actor(PM, 'projectManager');
export const otherPm = actor('user:default/other-pm', 'projectManager');
export const eng = actor(ENG, 'engineer');
export const otherEng = actor('user:default/other-eng', 'engineer');
export const manager = actor('user:default/boss', 'manager');
