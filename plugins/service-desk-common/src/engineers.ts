import { Ticket } from './types';

/**
 * The engineers a ticket may be assigned to (SPEC §6.3): the members of its service's owner
 * team, without the ticket's own project manager, who assigns rather than takes the work even
 * when the catalog lists them in that team.
 */
export function engineerCandidates(
  ownerTeamMembers: readonly string[],
  ticket: Pick<Ticket, 'projectManagerRef'>,
): string[] {
  const pm = ticket.projectManagerRef.toLocaleLowerCase('en-US');
  return ownerTeamMembers.filter(m => m.toLocaleLowerCase('en-US') !== pm);
}
