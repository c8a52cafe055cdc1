import { scorecardReadPermission } from '@internal/plugin-service-desk-common';
import { currentAndNextShift } from '../roster/deskHours';
import express from 'express';
import { ServiceDeskConfig } from '../config';
import { ProjectManagerRouter } from '../routing/ProjectManagerRouter';
import { createRequestContext } from './requestContext';

/** Who holds each kind of shift: desk specialists, or the duty officers (§8.6). */
export function shiftGroups(config: ServiceDeskConfig, kind: 'desk' | 'duty'): string[] {
  return (kind === 'desk' ? config.roles.agent : config.roles.dutyOfficer) ?? [];
}

/** The shift on now and the next one, with the people who hold them (the desk page shows it). */
export function addRosterRoutes(
  router: express.Router,
  deps: {
    config: ServiceDeskConfig;
    catalog: ProjectManagerRouter;
    context: ReturnType<typeof createRequestContext>;
    now?: () => Date;
  },
) {
  router.get('/roster/now', async (req, res) => {
    const { credentials } = await deps.context.actorOf(req);
    await deps.context.require(scorecardReadPermission, credentials, 'only the desk and managers read the roster');
    const shifts = currentAndNextShift((deps.now ?? (() => new Date()))(), deps.config.timeZone, deps.config.deskHours);
    const withPeople = await Promise.all(
      shifts.map(async shift => {
        const groups = shiftGroups(deps.config, shift.kind);
        const members = await Promise.all(groups.map(g => deps.catalog.membersOf(g)));
        return { ...shift, people: [...new Set(members.flat())].sort() };
      }),
    );
    res.json({ current: withPeople[0], next: withPeople[1] });
  });
}
